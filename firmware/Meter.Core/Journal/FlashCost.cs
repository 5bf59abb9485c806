namespace Meter.Core.Journal
{
    /// <summary>
    /// A conservative estimate of the flash the journal's folder takes on littlefs (the ESP32 driver reports
    /// no free space), from the same mechanics as the host's calibrated cost model: every file has an entry
    /// in its directory's metadata (name, struct, the 8-byte mtime attribute, 4-byte tags, and the data
    /// itself when it is inline, up to 512 bytes); a directory's entries live in metadata pairs of two
    /// blocks that littlefs splits at half a block, so each pair holds at least about 1 KiB of them; larger
    /// files take whole data blocks. Checked against the model by filling a partition to the last block.
    /// </summary>
    public static class FlashCost
    {
        /// <summary>littlefs block size on the ESP32's flash, bytes.</summary>
        public const int BlockSize = 4096;
        /// <summary>Largest file littlefs keeps inline in its directory's metadata, bytes.</summary>
        public const int InlineLimit = 512;

        /// <summary>Live entry bytes littlefs keeps per metadata pair, at the least, once it has split.</summary>
        public const int PairFillBytes = 1024;

        /// <summary>Bytes of directory metadata one file takes while it exists.</summary>
        public static int MetadataBytes(int nameLength, long size)
        {
            return 4 + nameLength + 4 + (size <= InlineLimit ? (int)size : 8) + 4 + 8;
        }

        /// <summary>Data blocks a file takes: none when it is inline.</summary>
        public static long DataBlocks(long size)
        {
            return size <= InlineLimit ? 0 : (size + BlockSize - 1) / BlockSize;
        }

        /// <summary>The subfolders' own metadata pairs: flash taken however few files there are (not a reason to squeeze).</summary>
        public const int SubfolderPairsBytes = 2 * Storage.FolderSpread.Subfolders * BlockSize;

        /// <summary>
        /// Flash a folder takes: its metadata pairs (two blocks per started KiB of entries, one pair more for the folder
        /// itself and one for each subfolder its files are spread over, <see cref="Storage.FolderSpread"/>) and data blocks.
        /// </summary>
        public static long Folder(long metadataBytes, long dataBlocks)
        {
            return (2 * ((metadataBytes + PairFillBytes - 1) / PairFillBytes + 1 + Storage.FolderSpread.Subfolders) + dataBlocks) * BlockSize;
        }
    }
}
