using System.Collections;

namespace Meter.Core.Journal
{
    /// <summary>What mounting the journal found on flash; shown on the console so nothing is dropped silently.</summary>
    public sealed class RecoveryReport
    {
        /// <summary>An empty report, filled in by the mount.</summary>
        public RecoveryReport()
        {
            TornFiles = new ArrayList();
            UnknownFiles = new ArrayList();
            UnreadableFiles = new ArrayList();
            OrphanSeqs = new ArrayList();
        }

        // Acknowledgements met before any full version of their permit, while loading.
        internal ArrayList OrphanSeqs { get; private set; }

        /// <summary>Journal files read at mount.</summary>
        public int FilesRead { get; internal set; }

        /// <summary>Permits recovered.</summary>
        public int Records { get; internal set; }

        /// <summary>Entries that failed their CRC or made no sense; each one skipped.</summary>
        public int CorruptEntries { get; internal set; }

        /// <summary>Acknowledgements whose permit had no full version left (already pruned): ignored.</summary>
        public int OrphanEntries { get; internal set; }

        /// <summary>Journal files with at least one bad entry (names, as strings).</summary>
        public ArrayList TornFiles { get; private set; }

        /// <summary>Files in the journal folder that are not journal files, temporary files included; left alone.</summary>
        public ArrayList UnknownFiles { get; private set; }

        /// <summary>Journal files that could not be read (flash error, or larger than any journal file), each with why; left alone.</summary>
        public ArrayList UnreadableFiles { get; private set; }

        /// <summary>Empty journal files: a write cut between open and close. They hold nothing and are deleted by maintenance.</summary>
        public int EmptyFiles { get; internal set; }

        /// <summary>True when nothing was corrupt, torn, unknown, unreadable or empty.</summary>
        public bool IsClean
        {
            get { return CorruptEntries == 0 && OrphanEntries == 0 && TornFiles.Count == 0 && UnknownFiles.Count == 0 && UnreadableFiles.Count == 0 && EmptyFiles == 0; }
        }

        /// <summary>One line for the log: what was read and what was wrong.</summary>
        public override string ToString()
        {
            string text = "recovered " + Records.ToString() + " permits from " + FilesRead.ToString() + " files";
            if (CorruptEntries > 0)
            {
                text += "; skipped " + CorruptEntries.ToString() + " corrupt entries in " + Join(TornFiles);
            }

            if (OrphanEntries > 0)
            {
                text += "; ignored " + OrphanEntries.ToString() + " orphan acknowledgements";
            }

            if (UnreadableFiles.Count > 0)
            {
                text += "; UNREADABLE files left alone: " + Join(UnreadableFiles);
            }

            if (EmptyFiles > 0)
            {
                text += "; " + EmptyFiles.ToString() + " empty files (writes cut by a power loss)";
            }

            if (UnknownFiles.Count > 0)
            {
                text += "; unknown files left alone: " + Join(UnknownFiles);
            }

            return text;
        }

        private static string Join(ArrayList names)
        {
            string text = "";
            for (int i = 0; i < names.Count; i++)
            {
                text += (i == 0 ? "" : ", ") + (string)names[i];
            }

            return text;
        }
    }
}
