namespace Meter.Core.Journal
{
    /// <summary>
    /// The managed heap the journal needs on the device's 32-bit nanoFramework, by the heap model in
    /// tools/Meter.Host (12-byte blocks: an object is a header block plus one per field, a string a header
    /// plus its UTF-8 and a NUL in whole blocks, an array a header plus its packed elements), measured over
    /// the journal's retained objects; a test keeps these figures in step with the model.
    /// </summary>
    public static class NanoHeap
    {
        /// <summary>Heap per retained permit, bytes (eight ints in the table, a share of the files' lists and of array growth).</summary>
        public const int BytesPerPermit = 48;

        /// <summary>
        /// The journal's own fixed part once every ring file is in use (the index entries of the FRAM's 120), bytes: with
        /// the fold's own 3,900-byte batch buffer beside the change buffer (a fold steps with the lock released between
        /// steps), and the FRAM store. The model measures about 20,500.
        /// </summary>
        public const int FixedJournalBytes = 21000;

        /// <summary>
        /// The rest of the meter's core at boot (configuration, UI loop and frame, worker, console, log), bytes. The heap
        /// bench measures the whole meter with 1,000 permits at about 85.5 KB: 41 KB of permits and 20.5 KB of journal
        /// leave about 24 KB for this part.
        /// </summary>
        public const int FixedMeterBytes = 24000;

        /// <summary>What a journal of <paramref name="records"/> permits needs, the rest of the meter included.</summary>
        public static long JournalBytes(int records)
        {
            return FixedMeterBytes + FixedJournalBytes + (long)BytesPerPermit * records;
        }
    }
}
