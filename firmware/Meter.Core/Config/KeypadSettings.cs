namespace Meter.Core.Config
{
    /// <summary>[keypad]: timings of the 4x4 matrix, in milliseconds.</summary>
    public sealed class KeypadSettings
    {
        /// <summary>[keypad] as read; all times in ms.</summary>
        public KeypadSettings(int multiTapMs, int debounceMs, int idleTimeoutMs)
        {
            MultiTapMs = multiTapMs;
            DebounceMs = debounceMs;
            IdleTimeoutMs = idleTimeoutMs;
        }

        /// <summary>A second press of the same key within this time cycles its letter.</summary>
        public int MultiTapMs { get; private set; }

        /// <summary>How long a contact must hold before it counts, ms.</summary>
        public int DebounceMs { get; private set; }

        /// <summary>A sale without input for this long goes back to idle.</summary>
        public int IdleTimeoutMs { get; private set; }
    }
}
