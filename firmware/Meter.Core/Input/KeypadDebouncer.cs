namespace Meter.Core.Input
{
    /// <summary>
    /// Turns raw 4x4 matrix contacts (which bounce for a few milliseconds) into key presses: a key counts
    /// once it has been steadily down for the debounce time, and again only after it was steadily up.
    /// Keys, row by row: 1 2 3 A / 4 5 6 B / 7 8 9 C / * 0 # D.
    /// </summary>
    public sealed class KeypadDebouncer
    {
        /// <summary>The keys of the 4x4 matrix, row by row: index = row * 4 + column.</summary>
        public const string Layout = "123A456B789C*0#D";

        private readonly int _debounceMs;
        private readonly bool[] _raw = new bool[16];
        private readonly bool[] _stable = new bool[16];
        private readonly long[] _changedMs = new long[16];
        private readonly char[] _queue = new char[16];
        private int _head;
        private int _count;

        /// <summary>A debouncer that takes a contact once it has held <paramref name="debounceMs"/> ms.</summary>
        public KeypadDebouncer(int debounceMs)
        {
            _debounceMs = debounceMs;
        }

        /// <summary>A contact of key <paramref name="index"/> (0-15) closed or opened at <paramref name="nowMs"/>.</summary>
        public void Raw(int index, bool down, long nowMs)
        {
            if (index < 0 || index >= 16 || _raw[index] == down)
            {
                return;
            }

            _raw[index] = down;
            _changedMs[index] = nowMs;
        }

        /// <summary>The next settled key press, or '\0'. Call often (every few ms) and at every contact change.</summary>
        public char Poll(long nowMs)
        {
            for (int i = 0; i < 16; i++)
            {
                if (_raw[i] != _stable[i] && nowMs - _changedMs[i] >= _debounceMs)
                {
                    _stable[i] = _raw[i];
                    if (_stable[i] && _count < _queue.Length)
                    {
                        _queue[(_head + _count++) % _queue.Length] = Layout[i];
                    }
                }
            }

            if (_count == 0)
            {
                return '\0';
            }

            char key = _queue[_head];
            _head = (_head + 1) % _queue.Length;
            _count--;
            return key;
        }
    }
}
