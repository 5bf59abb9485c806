namespace Meter.Core.Storage
{
    /// <summary>
    /// Where a file store on littlefs puts a file of its folder: in one of a few subfolders, chosen by name. littlefs
    /// keeps a directory's entries in a metadata pair whose two blocks take every commit made in that directory,
    /// and moves the pair to fresh blocks only every 512 compactions; on the ESP32 every open is a commit, reads
    /// included. Four subfolders spread those commits over four pairs, so no two blocks take them all. Both the
    /// device's store and the host's simulated littlefs use this, so a trace replays onto the same directories.
    /// </summary>
    public static class FolderSpread
    {
        /// <summary>Subfolders a folder's files are spread over.</summary>
        public const int Subfolders = 4;

        private static readonly string[] Names = { "s0", "s1", "s2", "s3" };

        /// <summary>The subfolder's name ("s0".."s3") for a file name: a hash of its characters.</summary>
        public static string SubfolderOf(string name)
        {
            int hash = 0;
            for (int i = 0; i < name.Length; i++)
            {
                hash = hash * 31 + name[i];
            }

            return Names[(hash & 0x7FFFFFFF) % Subfolders];
        }

        /// <summary>The name of subfolder <paramref name="index"/> (0 to <see cref="Subfolders"/> - 1).</summary>
        public static string SubfolderName(int index)
        {
            return Names[index];
        }
    }
}
