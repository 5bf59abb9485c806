namespace Meter.Core.Sale
{
    /// <summary>
    /// Inputs handed from interrupt handlers or other threads to the UI loop: a fixed ring under a lock,
    /// so a flood of key bounces or coin noise cannot grow the heap: the oldest are dropped, and counted
    /// (<see cref="Dropped"/>) so a stalled loop that miscounted a coin leaves a trace on the console.
    /// </summary>
    public sealed class InputQueue
    {
        private readonly object _sync = new object();
        private readonly InputKind[] _kinds;
        private readonly long[] _values;
        private readonly long[] _times;
        private int _head;
        private int _count;
        private int _dropped;

        /// <summary>A ring of <paramref name="capacity"/> inputs.</summary>
        public InputQueue(int capacity)
        {
            _kinds = new InputKind[capacity];
            _values = new long[capacity];
            _times = new long[capacity];
        }

        /// <summary>Inputs dropped since boot because the ring was full.</summary>
        public int Dropped
        {
            get { lock (_sync) { return _dropped; } }
        }

        /// <summary>A decoded input, handled at the next UI step.</summary>
        public void Enqueue(InputKind kind, long value)
        {
            Enqueue(kind, value, 0);
        }

        /// <summary>A raw input (keypad contact, coin pulse level or capture end) at monotonic time <paramref name="atMs"/>.</summary>
        public void Enqueue(InputKind kind, long value, long atMs)
        {
            lock (_sync)
            {
                if (_count == _kinds.Length)
                {
                    _head = (_head + 1) % _kinds.Length;
                    _count--;
                    _dropped++;
                }

                int tail = (_head + _count) % _kinds.Length;
                _kinds[tail] = kind;
                _values[tail] = value;
                _times[tail] = atMs;
                _count++;
            }
        }

        /// <summary>Takes the oldest input; false when there is none.</summary>
        public bool TryDequeue(out InputKind kind, out long value, out long atMs)
        {
            lock (_sync)
            {
                if (_count == 0)
                {
                    kind = InputKind.None;
                    value = 0;
                    atMs = 0;
                    return false;
                }

                kind = _kinds[_head];
                value = _values[_head];
                atMs = _times[_head];
                _head = (_head + 1) % _kinds.Length;
                _count--;
                return true;
            }
        }
    }
}
