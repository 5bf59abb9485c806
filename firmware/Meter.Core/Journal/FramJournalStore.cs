using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The journal's files split by how often they change: the ring files (one change each, rewritten all day)
    /// and the audit's and collections' copies (rewritten with every coin) in FRAM; the batch files a fold
    /// writes, and a change too large for a ring slot, in flash. On the ESP32's littlefs every open is a
    /// metadata commit, so a change rewritten in flash costs two commits and a coin two more; in FRAM they
    /// cost no flash at all, and flash sees one batch per fold.
    /// A meter whose ring and audit were in flash keeps them: a file FRAM does not hold yet is read from
    /// flash, and the flash copy is deleted once FRAM holds a newer one.
    /// </summary>
    public sealed class FramJournalStore : IFileStore
    {
        /// <summary>
        /// Ring files in FRAM: the fold threshold (five sixths) then folds a hundred changes at a time. More would fold less
        /// often but each costs the heap an index entry (about 110 bytes); 120 measured as well on flash wear as 186.
        /// </summary>
        public const int RingFiles = 120;

        /// <summary>Largest ring file in FRAM, bytes: a generation header and a full entry with long texts; the rest of the chip's 32 KiB holds the audit.</summary>
        public const int RingFileBytes = 252;

        private readonly IFileStore _flash;
        private readonly FramSlots _fram;

        // Files FRAM has a slot for that are still (also) in flash, found at List: deleted from flash once rewritten in FRAM.
        private readonly System.Collections.ArrayList _inFlash = new System.Collections.ArrayList();

        /// <summary>The journal's store over <paramref name="flash"/> (its folder) and <paramref name="fram"/>; throws IOException when the FRAM holds another layout.</summary>
        public FramJournalStore(IFileStore flash, IFram fram)
        {
            _flash = flash;
            int audit = AuditRecord.MaximumBytes + 8;
            int collections = PermitJournal.CollectionsFileBytes + 8;
            _fram = new FramSlots(fram, RingFiles, RingFileBytes, new int[] { audit, audit, collections, collections });
        }

        /// <summary>Bytes of FRAM the layout takes.</summary>
        public int FramBytes
        {
            get { return _fram.UsedBytes; }
        }

        /// <inheritdoc />
        public string[] List()
        {
            string[] inFlash = _flash.List();
            System.Collections.ArrayList names = new System.Collections.ArrayList();
            for (int slot = 0; slot < _fram.Count; slot++)
            {
                if (_fram.LengthOf(slot) >= 0)
                {
                    names.Add(NameOf(slot));
                }
            }

            _inFlash.Clear();
            for (int i = 0; i < inFlash.Length; i++)
            {
                if (SlotOf(inFlash[i]) < 0)
                {
                    names.Add(inFlash[i]);
                    continue;
                }

                _inFlash.Add(inFlash[i]);
                if (!names.Contains(inFlash[i]))
                {
                    names.Add(inFlash[i]);
                }
            }

            return (string[])names.ToArray(typeof(string));
        }

        /// <inheritdoc />
        public byte[] Read(string name, int maximumBytes)
        {
            int slot = SlotOf(name);
            if (slot < 0)
            {
                return _flash.Read(name, maximumBytes);
            }

            byte[] data = _fram.Read(slot);
            if (data == null)
            {
                return _inFlash.Contains(name) ? _flash.Read(name, maximumBytes) : null;
            }

            if (data.Length > maximumBytes)
            {
                throw new System.IO.IOException(name + " holds " + data.Length.ToString() + " bytes, more than the " + maximumBytes.ToString() + " allowed");
            }

            return data;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data, int count)
        {
            int slot = SlotOf(name);
            if (slot < 0)
            {
                _flash.Write(name, data, count);
                return;
            }

            if (_fram.LengthOf(slot) >= 0)
            {
                throw new System.IO.IOException("file exists: " + name);
            }

            _fram.Write(slot, data, count);
            ForgetFlashCopy(name);
        }

        /// <summary>In FRAM the rewrite is in place and not atomic: the journal rewrites only what nothing needs, the audit its older copy.</summary>
        public void Replace(string name, byte[] data, int count)
        {
            int slot = SlotOf(name);
            if (slot < 0)
            {
                _flash.Replace(name, data, count);
                return;
            }

            _fram.Write(slot, data, count);
            ForgetFlashCopy(name);
        }

        /// <inheritdoc />
        public void Rename(string from, string to)
        {
            if (SlotOf(from) >= 0 || SlotOf(to) >= 0)
            {
                throw new System.IO.IOException("files in FRAM keep their names: " + from);
            }

            _flash.Rename(from, to);
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            int slot = SlotOf(name);
            if (slot < 0)
            {
                _flash.Delete(name);
                return;
            }

            _fram.Clear(slot);
            ForgetFlashCopy(name);
        }

        // Ring files first, then the audit's two copies and the collections' two; -1 for a file kept in flash.
        private static int SlotOf(string name)
        {
            int ring = JournalFile.RingOf(name);
            if (ring >= 0)
            {
                return ring < RingFiles ? ring : -1;
            }

            for (int copy = 0; copy < 2; copy++)
            {
                if (name == PermitJournal.AuditFileNames[copy])
                {
                    return RingFiles + copy;
                }

                if (name == PermitJournal.CollectionFileNames[copy])
                {
                    return RingFiles + 2 + copy;
                }
            }

            return -1;
        }

        private static string NameOf(int slot)
        {
            if (slot < RingFiles)
            {
                return JournalFile.RingNameOf(slot);
            }

            slot -= RingFiles;
            return slot < 2 ? PermitJournal.AuditFileNames[slot] : PermitJournal.CollectionFileNames[slot - 2];
        }

        // FRAM now holds the newest: the flash copy, if any, is what an older firmware wrote.
        private void ForgetFlashCopy(string name)
        {
            if (_inFlash.Contains(name))
            {
                _flash.Delete(name);
                _inFlash.Remove(name);
            }
        }
    }
}
