namespace Meter.Core.Sale
{
    /// <summary>Facts the console reports that live outside the journal and sync: set by the host, read by the console.</summary>
    public interface IMeterStatus
    {
        /// <summary>True once the clock has been set (SNTP or RTC).</summary>
        bool ClockTrusted { get; }

        /// <summary>Pulse trains that were no known coin, this audit period (the audit counts them).</summary>
        int UnknownCoins { get; }

        /// <summary>Cents paid beyond what the permit could hold, this audit period.</summary>
        long OverpaidCents { get; }

        /// <summary>Cents taken for sales that could not be recorded, since boot.</summary>
        long NotRecordedCents { get; }

        /// <summary>Keypad and coin inputs dropped because the UI loop fell behind (the input ring was full).</summary>
        int DroppedInputs { get; }

        /// <summary>What the screen shows now (its title), e.g. "OUT OF SERVICE".</summary>
        string ScreenTitle { get; }
    }
}
