namespace Meter.Core.Display
{
    /// <summary>
    /// What a screen says, as text; <see cref="ScreenRenderer"/> draws it. Every text row sits on its own
    /// 8-row page (the big row on two), so changing one row re-sends only that row's pages.
    /// </summary>
    public sealed class Screen
    {
        private int _highlightFrom;

        /// <summary>A screen: its kind, title bar, three lines around a big middle line, and a footer.</summary>
        public Screen(ScreenKind kind, string title, string line1, string big, string line2, string line3, string footer)
        {
            Set(kind, title, line1, big, line2, line3, footer);
        }

        /// <summary>
        /// Rewrites the screen in place (the plate screen changes with every key: no new object each time);
        /// <see cref="Version"/> tells a drawer that it changed.
        /// </summary>
        public void Set(ScreenKind kind, string title, string line1, string big, string line2, string line3, string footer)
        {
            Kind = kind;
            Title = title;
            Line1 = line1;
            Big = big;
            Line2 = line2;
            Line3 = line3;
            Footer = footer;
            _highlightFrom = -1;
            Version++;
        }

        /// <summary>Takes another screen's text (references only): what a drawer remembers as shown.</summary>
        public void CopyFrom(Screen other)
        {
            Set(other.Kind, other.Title, other.Line1, other.Big, other.Line2, other.Line3, other.Footer);
            _highlightFrom = other._highlightFrom;
        }

        /// <summary>Counts the changes made to this screen object.</summary>
        public int Version { get; private set; }

        /// <summary>Which screen this is.</summary>
        public ScreenKind Kind { get; private set; }

        /// <summary>Page 0, white on black.</summary>
        public string Title { get; private set; }

        /// <summary>Page 1.</summary>
        public string Line1 { get; private set; }

        /// <summary>Pages 2 and 3, double size (10 characters), or single size when longer.</summary>
        public string Big { get; private set; }

        /// <summary>Page 5.</summary>
        public string Line2 { get; private set; }

        /// <summary>Page 6.</summary>
        public string Line3 { get; private set; }

        /// <summary>Page 7: which keys do what.</summary>
        public string Footer { get; private set; }

        /// <summary>Index in <see cref="Big"/> from which characters are shown inverted (the letter being tapped); -1 for none.</summary>
        public int HighlightFrom
        {
            get { return _highlightFrom; }
            set
            {
                _highlightFrom = value;
                Version++;
            }
        }

        /// <summary>All the text, one row a line: what scripts and tests look for.</summary>
        public override string ToString()
        {
            return Title + "\n" + Line1 + "\n" + Big + "\n" + Line2 + "\n" + Line3 + "\n" + Footer;
        }
    }
}
