namespace Meter.Core.Diagnostics
{
    /// <summary>The last lines of what happened (sales, sync trouble, recovery), for the console's "log". A fixed ring: no growth.</summary>
    public sealed class MeterLog
    {
        private readonly object _sync = new object();
        private readonly string[] _lines;
        private int _next;
        private int _count;

        /// <summary>A log holding the last <paramref name="capacity"/> lines.</summary>
        public MeterLog(int capacity)
        {
            _lines = new string[capacity];
        }

        /// <summary>Adds a line stamped with <paramref name="utcMs"/>; the oldest goes when full.</summary>
        public void Add(long utcMs, string message)
        {
            lock (_sync)
            {
                _lines[_next] = Time.TimeText.FormatDateTime(utcMs) + "Z " + message;
                _next = (_next + 1) % _lines.Length;
                _count = _count < _lines.Length ? _count + 1 : _count;
            }
        }

        /// <summary>Oldest first, one per line.</summary>
        public string Text()
        {
            lock (_sync)
            {
                string text = "";
                for (int i = 0; i < _count; i++)
                {
                    text += _lines[(_next - _count + i + _lines.Length) % _lines.Length] + "\n";
                }

                return text.Length == 0 ? "(empty)\n" : text;
            }
        }
    }
}
