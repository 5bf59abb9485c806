using System.Collections;
using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The journal's memory of what is on flash: a row per permit number (<see cref="PermitTable"/>) and
    /// one entry per file (sorted by generation) listing the permits it holds versions of. Decides which
    /// files may be deleted, or ring files rewritten, without losing a current version or resurrecting an
    /// old one: a live permit needs its newest full version and the acknowledgements after it; a pruned one
    /// keeps its newest file until that is the last file holding it.
    /// </summary>
    internal sealed class JournalIndex
    {
        private readonly ArrayList _files = new ArrayList();
        private readonly int[] _blockedRings = new int[32];
        private readonly int[] _writtenRings = new int[32];

        public JournalIndex()
        {
            Permits = new PermitTable();
        }

        public PermitTable Permits { get; private set; }

        public int FileCount
        {
            get { return _files.Count; }
        }

        public JournalFile FileAt(int index)
        {
            return (JournalFile)_files[index];
        }

        /// <summary>The file of a generation, or null.</summary>
        public JournalFile FileOf(int gen)
        {
            int low = 0;
            int high = _files.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                JournalFile file = (JournalFile)_files[middle];
                if (file.Gen == gen)
                {
                    return file;
                }

                if (file.Gen < gen)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

        /// <summary>Records that a file holds a version of the permit in a row (once per file).</summary>
        public void AddVersion(JournalFile file, int row)
        {
            int seq = Permits.SeqAt(row);
            if (!file.Contains(seq))
            {
                file.Add(seq);
                Permits.AddGen(row, file.Gen);
            }
        }

        /// <summary>Records a file's existence; entries are added to it as they are applied. Ring -1: a generation file.</summary>
        public JournalFile AddFile(int gen, int size, int ring)
        {
            JournalFile file = new JournalFile(gen, size, ring);
            int index = _files.Count;
            while (index > 0 && ((JournalFile)_files[index - 1]).Gen > gen)
            {
                index--;
            }

            _files.Insert(index, file);
            return file;
        }

        /// <summary>
        /// Flash the folder takes by <see cref="FlashCost"/>: its files, and, unless they are in FRAM, every ring file
        /// as if written with a full entry (they all will be) and the audit's files.
        /// </summary>
        public long EstimatedFlashBytes(JournalSettings settings)
        {
            long metadata = 0;
            long dataBlocks = 0;
            int rings = 0;
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                if (file.Ring >= 0 && settings.ChangesInFram)
                {
                    continue;
                }

                rings += file.Ring >= 0 ? 1 : 0;
                metadata += FlashCost.MetadataBytes(file.NameLength, file.Size);
                dataBlocks += FlashCost.DataBlocks(file.Size);
            }

            if (!settings.ChangesInFram)
            {
                metadata += (settings.RingFiles - rings) * FlashCost.MetadataBytes(8, PermitCodec.GenerationHeaderBytes + TypicalEntryBytes);
                // The audit's two pairs of copies (PermitJournal.Audit) live in the same folder once the first coin is counted.
                const int AuditFileBytes = 2 + AuditTotals.TypicalEncodedBytes + 64 + 8;
                metadata += 2 * FlashCost.MetadataBytes(10, AuditFileBytes) + 2 * FlashCost.MetadataBytes(12, PermitJournal.CollectionsFileBytes + 8);
            }

            return FlashCost.Folder(metadata, dataBlocks);
        }

        /// <summary>A full entry with a short plate and zone, as most are.</summary>
        public const int TypicalEntryBytes = 70;

        /// <summary>Whether the file holds a version some permit still needs.</summary>
        public bool IsNeeded(JournalFile file)
        {
            for (int i = 0; i < file.Count; i++)
            {
                int row = Permits.Find(file.SeqAt(i));
                if (row >= 0 && !CanForget(row, file.Gen))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the file's version of this permit is the one in force.</summary>
        public bool IsCurrent(JournalFile file, int seq)
        {
            int row = Permits.Find(seq);
            return row >= 0 && Permits.IsLive(row) && file.Gen >= Permits.LatestFullGen(row);
        }

        // For a live permit, a file older than its newest full version may go. A pruned permit's files go oldest first,
        // so what remains is always its newest versions and no deletion can bring an older version back at the next
        // boot. (Keeping only the newest file was not enough: it may hold just an acknowledgement, while the full
        // version it applies to sits in an older file; deleting that one let an even older full version come back.)
        private bool CanForget(int row, int gen)
        {
            if (Permits.IsLive(row))
            {
                return gen < Permits.LatestFullGen(row);
            }

            return Permits.GenCount(row) <= 1 || gen == OldestHolding(Permits.SeqAt(row));
        }

        // The oldest generation of a file holding a version of the permit (files are kept in generation order).
        private int OldestHolding(int seq)
        {
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                if (file.Contains(seq))
                {
                    return file.Gen;
                }
            }

            return 0;
        }

        /// <summary>
        /// Deletes one file no permit needs (one flash operation), if there is one. Forgetting a pruned permit's
        /// version can make another file deletable: the next call finds it.
        /// </summary>
        public bool DeleteOneUnneeded(IFileStore store)
        {
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                // A ring file stays until it is rewritten: its old versions are on flash until then.
                if (file.Ring >= 0 || IsNeeded(file))
                {
                    continue;
                }

                store.Delete(JournalFile.NameOf(file.Gen));
                Forget(file);
                _files.RemoveAt(i);
                return true;
            }

            return false;
        }

        /// <summary>
        /// The ring file to rewrite now: one never written, else the oldest whose versions nobody needs (the
        /// rule that lets a file be deleted). Oldest first, so stale versions do not linger and pin the older
        /// files that hold the same permits. -1 when every ring file is still needed.
        /// </summary>
        public int FreeRing(int ringFiles)
        {
            // One pass over the files (this runs for every change, on the interpreter), into a reused bitmap.
            int[] written = _writtenRings;
            System.Array.Clear(written, 0, written.Length);
            int best = -1;
            int bestGen = int.MaxValue;
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                int ring = file.Ring;
                if (ring < 0 || ring >= ringFiles)
                {
                    continue;
                }

                written[ring >> 5] |= 1 << (ring & 31);
                if (file.Gen < bestGen && !IsBlocked(ring) && !IsNeeded(file))
                {
                    best = ring;
                    bestGen = file.Gen;
                }
            }

            for (int ring = 0; ring < ringFiles; ring++)
            {
                if ((written[ring >> 5] & (1 << (ring & 31))) == 0 && !IsBlocked(ring))
                {
                    return ring;
                }
            }

            return best;
        }

        private bool IsBlocked(int ring)
        {
            return (_blockedRings[ring >> 5] & (1 << (ring & 31))) != 0;
        }

        /// <summary>A ring file that could not be read is never rewritten.</summary>
        public void BlockRing(int ring)
        {
            _blockedRings[ring >> 5] |= 1 << (ring & 31);
        }

        public JournalFile RingFile(int ring)
        {
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                if (file.Ring == ring)
                {
                    return file;
                }
            }

            return null;
        }

        /// <summary>A ring file was rewritten: what it held is gone from flash.</summary>
        public void Overwritten(JournalFile file)
        {
            Forget(file);
            _files.Remove(file);
        }

        // Returns true when a pruned permit lost a version (its other files' fate may change).
        private bool Forget(JournalFile file)
        {
            bool pruned = false;
            for (int i = 0; i < file.Count; i++)
            {
                int row = Permits.Find(file.SeqAt(i));
                if (row < 0)
                {
                    continue;
                }

                // Only the newest file going (rare: a pruned permit's last files) needs a search for the next newest.
                bool newest = Permits.NewestGen(row) == file.Gen && Permits.GenCount(row) > 1;
                Permits.RemoveGen(row, newest ? NewestHolding(file.SeqAt(i), file.Gen) : Permits.NewestGen(row));
                pruned |= !Permits.IsLive(row);
                if (!Permits.IsLive(row) && Permits.GenCount(row) == 0)
                {
                    Permits.RemoveAt(row);
                }
            }

            return pruned;
        }

        // The newest generation, other than the one going, of a file holding a version of the permit.
        private int NewestHolding(int seq, int going)
        {
            for (int i = _files.Count - 1; i >= 0; i--)
            {
                JournalFile file = (JournalFile)_files[i];
                if (file.Gen != going && file.Contains(seq))
                {
                    return file.Gen;
                }
            }

            return 0;
        }
    }
}
