namespace Meter.Core.Journal
{
    /// <summary>[journal] in nf.config: how much flash and how many permits the journal may hold.</summary>
    public sealed class JournalSettings
    {
        /// <summary>The littlefs partition of a 4 MB ESP32 (partitions_nanoclr_4mb.csv), I:\.</summary>
        public const int DefaultPartitionBytes = 262144;

        /// <summary>
        /// What the other files on the partition take: the root directory's pair (2 blocks), nf.config and the
        /// CA certificate (a data block each; secrets and Wi-Fi settings are inline).
        /// </summary>
        public const int DefaultReserveBytes = 16384;

        /// <summary>
        /// Ring files of a journal all in flash (hosts without FRAM): enough that their rewrites spread over a dozen
        /// metadata pairs. The device keeps its ring in FRAM instead (<see cref="WithFram"/>).
        /// </summary>
        public const int DefaultRingFiles = 144;

        /// <summary>
        /// Managed heap assumed when [journal] heap_bytes is not set: what an ESP32 without PSRAM (WROOM) leaves
        /// the managed heap after ESP-IDF's share, about 100 KB.
        /// </summary>
        public const int DefaultHeapBytes = 100000;

        /// <summary>Permits held at most when [journal] capacity_records is not set: what the default heap holds.</summary>
        public const int DefaultCapacityRecords = 1000;

        /// <summary>Settings with the default partition, reserve and heap.</summary>
        public JournalSettings(int capacityBytes, int capacityRecords, int retentionMinutes)
            : this(capacityBytes, capacityRecords, retentionMinutes, DefaultPartitionBytes, DefaultReserveBytes, DefaultHeapBytes)
        {
        }

        /// <summary>[journal] as read: capacity in bytes and permits, retention in minutes, the partition, its reserve and the heap budget in bytes.</summary>
        public JournalSettings(int capacityBytes, int capacityRecords, int retentionMinutes, int partitionBytes, int reserveBytes, int heapBytes)
        {
            CapacityBytes = capacityBytes;
            CapacityRecords = capacityRecords;
            RetentionMinutes = retentionMinutes;
            PartitionBytes = partitionBytes;
            ReserveBytes = reserveBytes;
            HeapBytes = heapBytes;
            RingFiles = DefaultRingFiles;
            MaximumRingFileBytes = int.MaxValue;
        }

        /// <summary>Ring files for single changes (see <see cref="PermitJournal"/>).</summary>
        public int RingFiles { get; private set; }

        /// <summary>
        /// The same settings with fewer ring files, for tests that want every path (ring reuse, folding into
        /// batches) within a short workload.
        /// </summary>
        public JournalSettings WithRingFiles(int ringFiles)
        {
            JournalSettings copy = Copy();
            copy.RingFiles = ringFiles < 2 ? 2 : ringFiles > 999 ? 999 : ringFiles;
            return copy;
        }

        /// <summary>
        /// The same settings for a journal on a <see cref="FramJournalStore"/>: its ring and the audit in FRAM (so flash
        /// estimates leave them out), <see cref="FramJournalStore.RingFiles"/> ring files of at most
        /// <see cref="FramJournalStore.RingFileBytes"/> bytes (a larger change goes to flash as a file of its own).
        /// </summary>
        public JournalSettings WithFram()
        {
            JournalSettings copy = Copy();
            copy.RingFiles = FramJournalStore.RingFiles;
            copy.MaximumRingFileBytes = FramJournalStore.RingFileBytes;
            copy.ChangesInFram = true;
            return copy;
        }

        /// <summary>Whether the ring files and the audit's copies live in FRAM rather than in the flash folder.</summary>
        public bool ChangesInFram { get; private set; }

        /// <summary>Largest change written into a ring file, bytes (generation header included); larger ones get a file of their own.</summary>
        public int MaximumRingFileBytes { get; private set; }

        private JournalSettings Copy()
        {
            JournalSettings copy = new JournalSettings(CapacityBytes, CapacityRecords, RetentionMinutes, PartitionBytes, ReserveBytes, HeapBytes);
            copy.RingFiles = RingFiles;
            copy.MaximumRingFileBytes = MaximumRingFileBytes;
            copy.ChangesInFram = ChangesInFram;
            return copy;
        }

        /// <summary>Single-change files that start a fold into a batch: five sixths of the ring, leaving the rest for changes meanwhile.</summary>
        public int FoldThreshold
        {
            get { return RingFiles * 5 / 6; }
        }

        /// <summary>The littlefs partition the journal shares, bytes.</summary>
        public int PartitionBytes { get; private set; }

        /// <summary>Flash the partition's other files take.</summary>
        public int ReserveBytes { get; private set; }

        /// <summary>Managed heap the journal's permits are budgeted against (<see cref="NanoHeap"/>).</summary>
        public int HeapBytes { get; private set; }

        /// <summary>Flash the journal's folder may occupy by <see cref="FlashCost"/>; at most the partition less the other files.</summary>
        public int CapacityBytes { get; private set; }

        /// <summary>Permits held at most; a sale beyond is refused.</summary>
        public int CapacityRecords { get; private set; }

        /// <summary>How long a finished permit stays after its end time (for add-time and the console).</summary>
        public int RetentionMinutes { get; private set; }
    }
}
