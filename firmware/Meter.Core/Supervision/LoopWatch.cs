namespace Meter.Core.Supervision
{
    /// <summary>
    /// Tells whether a loop thread (UI, sync worker, console) is stuck: the loop says when it starts a
    /// pass and when it is back to waiting, and a pass that has run longer than its limit is a stall.
    /// Time spent waiting between passes never counts, so a worker backing off for ten minutes is fine
    /// while one stuck for ten minutes inside a request is not. The ESP32 firmware has no hardware
    /// watchdog for managed code, so the device's supervisor thread reboots on a stall.
    /// </summary>
    public sealed class LoopWatch
    {
        private readonly object _sync = new object();
        private long _passStartedMs = -1;
        private int _passes;

        /// <param name="name">The loop's name, for the reboot reason.</param>
        /// <param name="stallMs">How long one pass may take before it counts as stuck, ms.</param>
        public LoopWatch(string name, int stallMs)
        {
            Name = name;
            StallMs = stallMs;
        }

        /// <summary>The loop's name, as reboot reasons say it.</summary>
        public string Name { get; private set; }

        /// <summary>How long one pass may run, ms.</summary>
        public int StallMs { get; private set; }

        /// <summary>Passes completed since start.</summary>
        public int Passes
        {
            get { lock (_sync) { return _passes; } }
        }

        /// <summary>The loop starts a pass at monotonic time <paramref name="nowMs"/>.</summary>
        public void PassStarted(long nowMs)
        {
            lock (_sync)
            {
                _passStartedMs = nowMs;
            }
        }

        /// <summary>The loop has finished a pass and goes back to waiting.</summary>
        public void PassEnded()
        {
            lock (_sync)
            {
                _passStartedMs = -1;
                _passes++;
            }
        }

        /// <summary>True, with a one-line reason, when the current pass has run past the limit.</summary>
        public bool IsStalled(long nowMs, out string reason)
        {
            lock (_sync)
            {
                long running = _passStartedMs < 0 ? 0 : nowMs - _passStartedMs;
                if (running <= StallMs)
                {
                    reason = null;
                    return false;
                }

                reason = Name + " stuck for " + (running / 1000).ToString() + " s (limit " + (StallMs / 1000).ToString() + " s)";
                return true;
            }
        }
    }
}
