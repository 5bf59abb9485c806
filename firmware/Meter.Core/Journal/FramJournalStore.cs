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
        /// <summary>Ring files in FRAM: the fold threshold (five sixths) then folds about a hundred changes into each batch.</summary>
        public const int RingFiles = 186;

        /// <summary>Largest ring file in FRAM, bytes: a generation header and a full entry with text fields of typical length.</summary>
        public const int RingFileBytes = 156;

        private readonly IFileStore _flash;
        private readonly FramFileStore _fram;

        // Files FRAM has a slot for that are still (also) in flash, found at List: deleted from flash once rewritten in FRAM.
        private readonly System.Collections.ArrayList _inFlash = new System.Collections.ArrayList();

        /// <summary>The journal's store over <paramref name="flash"/> (its folder) and <paramref name="fram"/>; throws IOException when the FRAM holds another layout.</summary>
        public FramJournalStore(IFileStore flash, IFram fram)
        {
            _flash = flash;
            string[] names = new string[RingFiles + 4];
            int[] capacities = new int[names.Length];
            for (int ring = 0; ring < RingFiles; ring++)
            {
                names[ring] = JournalFile.RingNameOf(ring);
                capacities[ring] = RingFileBytes;
            }

            for (int copy = 0; copy < 2; copy++)
            {
                names[RingFiles + copy] = PermitJournal.AuditFileNames[copy];
                capacities[RingFiles + copy] = AuditRecord.MaximumBytes + 8;
                names[RingFiles + 2 + copy] = PermitJournal.CollectionFileNames[copy];
                capacities[RingFiles + 2 + copy] = PermitJournal.CollectionsFileBytes + 8;
            }

            _fram = new FramFileStore(fram, names, capacities);
        }

        /// <summary>Bytes of FRAM the layout takes.</summary>
        public int FramBytes
        {
            get { return _fram.UsedBytes; }
        }

        /// <inheritdoc />
        public string[] List()
        {
            string[] inFram = _fram.List();
            string[] inFlash = _flash.List();
            System.Collections.ArrayList names = new System.Collections.ArrayList();
            for (int i = 0; i < inFram.Length; i++)
            {
                names.Add(inFram[i]);
            }

            _inFlash.Clear();
            for (int i = 0; i < inFlash.Length; i++)
            {
                if (!_fram.Holds(inFlash[i]))
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
            if (!_fram.Holds(name))
            {
                return _flash.Read(name, maximumBytes);
            }

            byte[] data = _fram.Read(name, maximumBytes);
            return data != null || !_inFlash.Contains(name) ? data : _flash.Read(name, maximumBytes);
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data, int count)
        {
            if (_fram.Holds(name))
            {
                _fram.Write(name, data, count);
                ForgetFlashCopy(name);
            }
            else
            {
                _flash.Write(name, data, count);
            }
        }

        /// <summary>In FRAM the rewrite is in place and not atomic: the journal rewrites only what nothing needs, the audit its older copy.</summary>
        public void Replace(string name, byte[] data, int count)
        {
            if (_fram.Holds(name))
            {
                _fram.Replace(name, data, count);
                ForgetFlashCopy(name);
            }
            else
            {
                _flash.Replace(name, data, count);
            }
        }

        /// <inheritdoc />
        public void Rename(string from, string to)
        {
            if (_fram.Holds(from) || _fram.Holds(to))
            {
                _fram.Rename(from, to);
            }

            _flash.Rename(from, to);
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            if (_fram.Holds(name))
            {
                _fram.Delete(name);
                ForgetFlashCopy(name);
            }
            else
            {
                _flash.Delete(name);
            }
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
