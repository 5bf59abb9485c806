namespace Meter.Core.Operator
{
    /// <summary>Facts the console reports that live outside the journal and sync: set by the host, read by the console.</summary>
    public interface IMeterStatus
    {
        bool ClockTrusted { get; }

        /// <summary>The sale flow's counters: unknown coins, overpaid and unrecorded cents.</summary>
        int UnknownCoins { get; }

        long OverpaidCents { get; }

        long NotRecordedCents { get; }

        /// <summary>Keypad and coin inputs dropped because the UI loop fell behind (the input ring was full).</summary>
        int DroppedInputs { get; }

        /// <summary>What the screen shows now (its title), e.g. "OUT OF SERVICE".</summary>
        string ScreenTitle { get; }
    }
}
