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
        /// <summary>Heap per retained permit, bytes.</summary>
        public const int BytesPerPermit = 560;

        /// <summary>The mounted journal with no permits, and the rest of the meter at boot, bytes.</summary>
        public const int FixedBytes = 28000;

        public static long JournalBytes(int records)
        {
            return FixedBytes + (long)BytesPerPermit * records;
        }
    }
}
