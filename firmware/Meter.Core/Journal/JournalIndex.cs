using System.Collections;
using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The journal's memory of what is on flash: one slot per permit number (sorted by seq) and one entry
    /// per file (sorted by generation). Decides which files may be deleted without losing a current
    /// version or resurrecting an old one.
    /// </summary>
    internal sealed class JournalIndex
    {
        private readonly ArrayList _slots = new ArrayList();
        private readonly ArrayList _files = new ArrayList();
        private readonly bool[] _blockedRings = new bool[1000];

        public int SlotCount
        {
            get { return _slots.Count; }
        }

        public JournalSlot SlotAt(int index)
        {
            return (JournalSlot)_slots[index];
        }

        public int FileCount
        {
            get { return _files.Count; }
        }

        public JournalFile FileAt(int index)
        {
            return (JournalFile)_files[index];
        }

        public JournalSlot Find(int seq)
        {
            int low = 0;
            int high = _slots.Count - 1;
            while (low <= high)
            {
                int mid = (low + high) / 2;
                JournalSlot slot = (JournalSlot)_slots[mid];
                if (slot.Seq == seq)
                {
                    return slot;
                }

                if (slot.Seq < seq)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return null;
        }

        /// <summary>The slot for a seq, created in order when new.</summary>
        public JournalSlot FindOrAdd(int seq)
        {
            JournalSlot slot = Find(seq);
            if (slot != null)
            {
                return slot;
            }

            slot = new JournalSlot(seq);
            int index = _slots.Count;
            while (index > 0 && ((JournalSlot)_slots[index - 1]).Seq > seq)
            {
                index--;
            }

            _slots.Insert(index, slot);
            return slot;
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
        /// Flash the folder takes by <see cref="FlashCost"/>, counting every ring file as if written with a full
        /// entry (they all will be).
        /// </summary>
        public long EstimatedFlashBytes(int ringFiles)
        {
            long metadata = 0;
            long dataBlocks = 0;
            int rings = 0;
            for (int i = 0; i < _files.Count; i++)
            {
                JournalFile file = (JournalFile)_files[i];
                rings += file.Ring >= 0 ? 1 : 0;
                metadata += FlashCost.MetadataBytes(file.Name.Length, file.Size);
                dataBlocks += FlashCost.DataBlocks(file.Size);
            }

            metadata += (ringFiles - rings) * FlashCost.MetadataBytes(8, PermitCodec.GenerationHeaderBytes + TypicalEntryBytes);
            return FlashCost.Folder(metadata, dataBlocks);
        }

        /// <summary>A full entry with a short plate and zone, as most are.</summary>
        public const int TypicalEntryBytes = 80;

        /// <summary>Whether the file holds a version some permit still needs.</summary>
        public bool IsNeeded(JournalFile file)
        {
            for (int i = 0; i < file.Count; i++)
            {
                JournalSlot slot = Find(file.SeqAt(i));
                if (slot != null && !slot.CanForget(file.Gen))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the file's version of this permit is the one in force.</summary>
        public bool IsCurrent(JournalFile file, int seq)
        {
            JournalSlot slot = Find(seq);
            return slot != null && slot.Record != null && file.Gen >= slot.LatestFullGen;
        }

        /// <summary>Deletes every file no permit needs, oldest first, until none is left to delete. Returns how many.</summary>
        public int DeleteUnneeded(IFileStore store)
        {
            int deleted = 0;
            bool again = true;
            while (again)
            {
                // Only forgetting a pruned permit's version can make another file deletable: look again then.
                again = false;
                for (int i = 0; i < _files.Count; i++)
                {
                    JournalFile file = (JournalFile)_files[i];
                    // A ring file stays until it is rewritten: its old versions are on flash until then.
                    if (file.Ring >= 0 || IsNeeded(file))
                    {
                        continue;
                    }

                    store.Delete(JournalFile.NameOf(file.Gen));
                    again |= Forget(file);
                    _files.RemoveAt(i--);
                    deleted++;
                }
            }

            return deleted;
        }

        /// <summary>
        /// The ring file to rewrite now: one never written, else the oldest whose versions nobody needs (the
        /// rule that lets a file be deleted). Oldest first, so stale versions do not linger and pin the older
        /// files that hold the same permits. -1 when every ring file is still needed.
        /// </summary>
        public int FreeRing(int ringFiles)
        {
            int best = -1;
            int bestGen = int.MaxValue;
            for (int ring = 0; ring < ringFiles; ring++)
            {
                if (_blockedRings[ring])
                {
                    continue;
                }

                JournalFile file = RingFile(ring);
                if (file == null)
                {
                    return ring;
                }

                if (file.Gen < bestGen && !IsNeeded(file))
                {
                    best = ring;
                    bestGen = file.Gen;
                }
            }

            return best;
        }

        /// <summary>A ring file that could not be read is never rewritten.</summary>
        public void BlockRing(int ring)
        {
            _blockedRings[ring] = true;
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
                JournalSlot slot = Find(file.SeqAt(i));
                if (slot == null)
                {
                    continue;
                }

                slot.RemoveGen(file.Gen);
                pruned |= slot.Record == null;
                if (slot.Record == null && slot.GenCount == 0)
                {
                    _slots.Remove(slot);
                }
            }

            return pruned;
        }
    }
}
