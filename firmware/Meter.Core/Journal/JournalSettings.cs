namespace Meter.Core.Journal
{
    /// <summary>[journal] in nf.config: how much flash and how many permits the journal may hold.</summary>
    public sealed class JournalSettings
    {
        public JournalSettings(int capacityBytes, int capacityRecords, int retentionMinutes)
        {
            CapacityBytes = capacityBytes;
            CapacityRecords = capacityRecords;
            RetentionMinutes = retentionMinutes;
        }

        /// <summary>Estimated flash the journal may occupy (see <see cref="FlashCost"/>); the partition is shared with Wi-Fi settings.</summary>
        public int CapacityBytes { get; private set; }

        public int CapacityRecords { get; private set; }

        /// <summary>How long a finished permit stays after its end time (for add-time and the console).</summary>
        public int RetentionMinutes { get; private set; }
    }
}
