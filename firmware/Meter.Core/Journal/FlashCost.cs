namespace Meter.Core.Journal
{
    /// <summary>
    /// An estimate of the flash a file takes on littlefs with 4 KiB blocks, since the ESP32 driver reports
    /// no free space. Files up to 512 bytes live inline in their directory's metadata pair: two blocks that
    /// are compacted at half full, so each inline byte costs about four. Larger files take whole blocks.
    /// Name and tags are about 24 bytes of metadata per file.
    /// </summary>
    public static class FlashCost
    {
        public const int BlockSize = 4096;
        public const int InlineLimit = 512;
        public const int MetadataBytes = 24;

        public static long Of(long size)
        {
            if (size <= InlineLimit)
            {
                return 4 * (size + MetadataBytes);
            }

            return (size + BlockSize - 1) / BlockSize * BlockSize + 4 * MetadataBytes;
        }
    }
}
