namespace Meter.Core.Sale
{
    /// <summary>
    /// Inputs handed from interrupt handlers or other threads to the UI loop: a fixed ring under a lock,
    /// so a flood of key bounces or coin noise cannot grow the heap (the oldest are dropped).
    /// </summary>
    public sealed class InputQueue
    {
        public const int Key = 1;
        public const int Coin = 2;
        public const int UnknownCoin = 3;
        public const int Jam = 4;

        private readonly object _sync = new object();
        private readonly int[] _kinds;
        private readonly long[] _values;
        private int _head;
        private int _count;

        public InputQueue(int capacity)
        {
            _kinds = new int[capacity];
            _values = new long[capacity];
        }

        public void Enqueue(int kind, long value)
        {
            lock (_sync)
            {
                if (_count == _kinds.Length)
                {
                    _head = (_head + 1) % _kinds.Length;
                    _count--;
                }

                int tail = (_head + _count) % _kinds.Length;
                _kinds[tail] = kind;
                _values[tail] = value;
                _count++;
            }
        }

        public bool TryDequeue(out int kind, out long value)
        {
            lock (_sync)
            {
                if (_count == 0)
                {
                    kind = 0;
                    value = 0;
                    return false;
                }

                kind = _kinds[_head];
                value = _values[_head];
                _head = (_head + 1) % _kinds.Length;
                _count--;
                return true;
            }
        }
    }
}
