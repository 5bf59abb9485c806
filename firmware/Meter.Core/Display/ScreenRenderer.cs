namespace Meter.Core.Display
{
    /// <summary>
    /// Draws a <see cref="Screen"/> into a <see cref="Frame"/>: title bar, text rows, a big centred row.
    /// Every row owns whole pages (title 0, line 1, the big row 2-4, the rest 5, 6, 7), so a screen change
    /// clears and redraws only the rows whose text changed.
    /// </summary>
    public static class ScreenRenderer
    {
        /// <summary>Characters that fit in a row at scale 1 (128 / 6).</summary>
        public const int Columns = Frame.Width / Font5x7.Advance;

        /// <summary>Draws the whole screen.</summary>
        public static void Draw(Screen screen, Frame frame)
        {
            Draw(screen, null, frame);
        }

        /// <summary>Redraws the rows of <paramref name="screen"/> that differ from <paramref name="shown"/> (all when null).</summary>
        public static void Draw(Screen screen, Screen shown, Frame frame)
        {
            if (shown == null || screen.Title != shown.Title)
            {
                frame.ClearPages(0, 1);
                Centred(frame, 0, screen.Title, 1);
                frame.Invert(0, 0, Frame.Width, 8);
            }

            // The confirmation's two large rows reach into page 1: leaving or entering it redraws that row.
            bool confirmChanged = shown != null && screen.Kind != shown.Kind && (screen.Kind == ScreenKind.Confirm || shown.Kind == ScreenKind.Confirm);
            Row(frame, 1, screen.Line1, shown == null ? null : shown.Line1, shown == null || confirmChanged);
            if (shown == null || screen.Big != shown.Big || screen.HighlightFrom != shown.HighlightFrom || screen.Kind != shown.Kind)
            {
                frame.ClearPages(2, 3);
                DrawBig(frame, screen);
            }

            Row(frame, 5, screen.Line2, shown == null ? null : shown.Line2, shown == null);
            Row(frame, 6, screen.Line3, shown == null ? null : shown.Line3, shown == null);
            Row(frame, 7, screen.Footer, shown == null ? null : shown.Footer, shown == null);
        }

        private static void Row(Frame frame, int page, string text, string was, bool always)
        {
            if (always || text != was)
            {
                frame.ClearPages(page, 1);
                Centred(frame, page * 8, text, 1);
            }
        }

        /// <summary>Characters of the big row at the large size (scale 2).</summary>
        public const int BigColumns = Frame.Width / (Font5x7.Advance * 2);

        private static void DrawBig(Frame frame, Screen screen)
        {
            string text = screen.Big;
            if (screen.Kind == ScreenKind.Confirm && text.Length > BigColumns)
            {
                TwoRows(frame, text);
                return;
            }

            int scale = text.Length * Font5x7.Advance * 2 <= Frame.Width ? 2 : 1;
            int maximum = Frame.Width / (Font5x7.Advance * scale);
            int skipped = text.Length > maximum ? text.Length - maximum : 0;
            int shown = text.Length - skipped;
            // The plate grows left-aligned, so a keypress redraws one character cell, not the whole row.
            int x = screen.Kind == ScreenKind.Plate ? 4 : (Frame.Width - shown * Font5x7.Advance * scale) / 2 + scale / 2;
            int y = scale == 2 ? 18 : 24;
            Font5x7.Draw(frame, x, y, text, skipped, shown, scale);
            if (screen.HighlightFrom >= skipped && screen.HighlightFrom < text.Length)
            {
                int from = screen.HighlightFrom - skipped;
                frame.Invert(x + from * Font5x7.Advance * scale - 1, y - 1, (shown - from) * Font5x7.Advance * scale, 7 * scale + 2);
            }
        }

        // A plate too long for one large row: halves on two rows, large when they fit (pages 1-4), else small (pages 2-3).
        private static void TwoRows(Frame frame, string text)
        {
            int half = (text.Length + 1) / 2;
            int scale = half <= BigColumns ? 2 : 1;
            int width = Font5x7.Advance * scale;
            Font5x7.Draw(frame, (Frame.Width - half * width) / 2 + scale / 2, scale == 2 ? 9 : 16, text, 0, half, scale);
            Font5x7.Draw(frame, (Frame.Width - (text.Length - half) * width) / 2 + scale / 2, scale == 2 ? 25 : 26, text, half, text.Length - half, scale);
        }

        private static void Centred(Frame frame, int y, string text, int scale)
        {
            if (text == null || text.Length == 0)
            {
                return;
            }

            // Cut at the row's width without making a substring.
            int count = text.Length > Columns ? Columns : text.Length;
            Font5x7.Draw(frame, (Frame.Width - count * Font5x7.Advance * scale) / 2 + 1, y, text, 0, count, scale);
        }
    }
}
