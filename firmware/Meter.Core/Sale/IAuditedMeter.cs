namespace Meter.Core.Sale
{
    /// <summary>What the console's audit, collect and test commands need from the meter (its UI loop).</summary>
    public interface IAuditedMeter
    {
        /// <summary>The cash audit.</summary>
        AuditLedger Audit { get; }

        /// <summary>Whether maintenance mode is on.</summary>
        bool TestMode { get; }

        /// <summary>Turns maintenance mode on or off (applied by the UI loop at its next step).</summary>
        void RequestTestMode(bool on);
    }
}
