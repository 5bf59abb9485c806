using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// Boot recovery: reads every journal file in generation order and rebuilds each permit from its newest
    /// valid version. A bad entry is skipped and the reader searches forward for the next valid one, so one
    /// flipped byte costs one entry, not the rest of the file.
    /// </summary>
    internal static class JournalLoader
    {
        /// <summary>No journal file is larger than one write buffer; anything larger is not ours.</summary>
        public const int MaximumFileBytes = PermitJournal.MaximumFileBytes + PermitCodec.MaximumEntryBytes;

        /// <summary>Fills the index; returns the highest generation seen (torn files included).</summary>
        public static int Load(IFileStore store, JournalIndex index, string meterId, RecoveryReport report)
        {
            string[] names = store.List();
            int[] gens = new int[names.Length];
            int count = 0;
            int highestGen = 0;
            for (int i = 0; i < names.Length; i++)
            {
                int gen = JournalFile.GenOf(names[i]);
                if (gen < 0)
                {
                    report.UnknownFiles.Add(names[i]);
                    continue;
                }

                gens[count++] = gen;
                highestGen = gen > highestGen ? gen : highestGen;
            }

            Collections.Sort.Ints(gens, count);
            for (int i = 0; i < count; i++)
            {
                string name = JournalFile.NameOf(gens[i]);
                byte[] data;
                try
                {
                    data = store.Read(name, MaximumFileBytes);
                }
                catch (System.Exception error)
                {
                    // Not in the index, so never deleted; its generation is still counted above, so it is never overwritten.
                    report.UnreadableFiles.Add(name + " (" + error.Message + ")");
                    continue;
                }

                if (data == null)
                {
                    continue;
                }

                if (data.Length == 0)
                {
                    // littlefs commits a create at open: a write cut before close leaves an empty file. It holds
                    // nothing, so it is indexed like any file and deleted once nothing needs it.
                    report.EmptyFiles++;
                }

                LoadFile(data, index.AddFile(gens[i], data.Length), index, meterId, report);
                report.FilesRead++;
            }

            for (int i = 0; i < index.SlotCount; i++)
            {
                report.Records += index.SlotAt(i).Record == null ? 0 : 1;
            }

            return highestGen;
        }

        private static void LoadFile(byte[] data, JournalFile file, JournalIndex index, string meterId, RecoveryReport report)
        {
            int position = 0;
            int first = PermitCodec.ValidLength(data, 0, data.Length);
            if (first > 0 && PermitCodec.Kind(data, 0) == PermitCodec.KindGroup)
            {
                if (!PermitCodec.GroupIsWhole(data, 0, data.Length))
                {
                    // A group is one change written as several entries: torn, none of it happened.
                    report.TornFiles.Add(JournalFile.NameOf(file.Gen));
                    report.CorruptEntries++;
                    return;
                }

                position = first;
            }

            bool damaged = false;
            while (position < data.Length)
            {
                int length = PermitCodec.ValidLength(data, position, data.Length);
                if (length == 0 || !Apply(data, position, length, file, index, meterId, report))
                {
                    if (!damaged)
                    {
                        report.TornFiles.Add(JournalFile.NameOf(file.Gen));
                        damaged = true;
                    }

                    report.CorruptEntries++;
                    position = NextValid(data, position + 1);
                    continue;
                }

                position += length;
            }
        }

        private static int NextValid(byte[] data, int position)
        {
            while (position < data.Length && PermitCodec.ValidLength(data, position, data.Length) == 0)
            {
                position++;
            }

            return position;
        }

        private static bool Apply(byte[] data, int offset, int length, JournalFile file, JournalIndex index, string meterId, RecoveryReport report)
        {
            int seq = PermitCodec.Seq(data, offset);
            if (PermitCodec.Kind(data, offset) == PermitCodec.KindGroup)
            {
                return false;
            }

            if (PermitCodec.Kind(data, offset) == PermitCodec.KindFull)
            {
                PermitRecord record = PermitCodec.DecodeFull(data, offset, length);
                if (record == null)
                {
                    return false;
                }

                record.PermitNo = meterId + "-" + seq.ToString();
                JournalSlot slot = index.FindOrAdd(seq);
                slot.Record = record;
                slot.LatestFullGen = file.Gen;
                slot.AddGen(file.Gen);
                file.Add(seq);
                return true;
            }

            string referenceId = PermitCodec.DecodeAcknowledged(data, offset, length);
            if (referenceId == null)
            {
                return false;
            }

            JournalSlot target = index.Find(seq);
            if (target == null || target.Record == null)
            {
                report.OrphanEntries++;
                return true;
            }

            PermitJournal.ApplyAcknowledgement(target.Record, referenceId);
            target.AddGen(file.Gen);
            file.Add(seq);
            return true;
        }
    }
}
