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
        public static int Load(IFileStore store, JournalIndex index, RecoveryReport report)
        {
            string[] names = store.List();
            int[] gens = new int[names.Length];
            int[] rings = new int[names.Length];
            byte[][] ringData = new byte[names.Length][];
            int count = 0;
            int highestGen = 0;
            for (int i = 0; i < names.Length; i++)
            {
                int gen = JournalFile.GenOf(names[i]);
                int ring = JournalFile.RingOf(names[i]);
                if (ring >= 0)
                {
                    // A ring file's generation is inside it: read it now to know where it goes in order.
                    byte[] data = Read(store, names[i], report);
                    gen = data == null ? -1 : GenerationOf(data);
                    if (data == null)
                    {
                        // Unreadable: left alone, never rewritten, in case someone can read it.
                        index.BlockRing(ring);
                    }
                    else if (data.Length == 0)
                    {
                        report.EmptyFiles++;
                    }
                    else if (gen < 0)
                    {
                        // Torn while rewritten: what it held was no longer needed, so nothing is lost.
                        report.TornFiles.Add(names[i]);
                    }

                    ringData[count] = data;
                }
                else if (gen < 0)
                {
                    // The audit's files live beside the journal (PermitJournal.Audit); anything else is unknown.
                    if (!PermitJournal.IsAuditFile(names[i]))
                    {
                        report.UnknownFiles.Add(names[i]);
                    }

                    continue;
                }

                if (gen < 0)
                {
                    continue;
                }

                gens[count] = gen;
                rings[count] = ring;
                count++;
                highestGen = gen > highestGen ? gen : highestGen;
            }

            SortByGeneration(gens, rings, ringData, count);
            for (int i = 0; i < count; i++)
            {
                byte[] data = rings[i] >= 0 ? ringData[i] : Read(store, JournalFile.NameOf(gens[i]), report);
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

                int start = rings[i] >= 0 ? PermitCodec.GenerationHeaderBytes : 0;
                LoadFile(data, start, index.AddFile(gens[i], data.Length, rings[i]), index, report);
                report.FilesRead++;
            }

            for (int row = 0; row < index.Permits.Count; row++)
            {
                report.Records += index.Permits.IsLive(row) ? 1 : 0;
            }

            for (int i = 0; i < report.OrphanSeqs.Count; i++)
            {
                int row = index.Permits.Find((int)report.OrphanSeqs[i]);
                report.OrphanEntries += row < 0 || !index.Permits.IsLive(row) ? 1 : 0;
            }

            report.OrphanSeqs.Clear();
            return highestGen;
        }

        private static byte[] Read(IFileStore store, string name, RecoveryReport report)
        {
            try
            {
                return store.Read(name, MaximumFileBytes);
            }
            catch (System.Exception error)
            {
                // Not in the index, so never deleted or rewritten over; a generation file's number is still
                // counted, so it is never reused.
                report.UnreadableFiles.Add(name + " (" + error.Message + ")");
                return null;
            }
        }

        private static int GenerationOf(byte[] data)
        {
            int length = PermitCodec.ValidLength(data, 0, data.Length);
            return length == PermitCodec.GenerationHeaderBytes && PermitCodec.Kind(data, 0) == PermitCodec.KindGeneration ? PermitCodec.Seq(data, 0) : -1;
        }

        private static void SortByGeneration(int[] gens, int[] rings, byte[][] data, int count)
        {
            for (int i = 1; i < count; i++)
            {
                int gen = gens[i];
                int ring = rings[i];
                byte[] bytes = data[i];
                int j = i - 1;
                while (j >= 0 && gens[j] > gen)
                {
                    gens[j + 1] = gens[j];
                    rings[j + 1] = rings[j];
                    data[j + 1] = data[j];
                    j--;
                }

                gens[j + 1] = gen;
                rings[j + 1] = ring;
                data[j + 1] = bytes;
            }
        }

        private static void LoadFile(byte[] data, int start, JournalFile file, JournalIndex index, RecoveryReport report)
        {
            int position = start;
            int first = PermitCodec.ValidLength(data, start, data.Length);
            if (first > 0 && PermitCodec.Kind(data, start) == PermitCodec.KindGroup)
            {
                if (!PermitCodec.GroupIsWhole(data, start, data.Length))
                {
                    // A group is one change written as several entries: torn, none of it happened.
                    report.TornFiles.Add(file.Name);
                    report.CorruptEntries++;
                    return;
                }

                position = start + first;
            }

            bool damaged = false;
            while (position < data.Length)
            {
                int length = PermitCodec.ValidLength(data, position, data.Length);
                if (length == 0 || !Apply(data, position, length, file, index, report))
                {
                    if (!damaged)
                    {
                        report.TornFiles.Add(file.Name);
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

        private static bool Apply(byte[] data, int offset, int length, JournalFile file, JournalIndex index, RecoveryReport report)
        {
            int seq = PermitCodec.Seq(data, offset);
            int kind = PermitCodec.Kind(data, offset);
            if (kind == PermitCodec.KindGroup || kind == PermitCodec.KindGeneration)
            {
                return false;
            }

            if (kind == PermitCodec.KindFull)
            {
                PermitRecord record = PermitCodec.DecodeFull(data, offset, length);
                if (record == null)
                {
                    return false;
                }

                // Decoded to check it and to take its numbers; the record itself is read again when needed.
                int row = index.Permits.FindOrAdd(seq);
                index.Permits.Summarize(row, record);
                index.Permits.SetLatestFullGen(row, file.Gen);
                index.AddVersion(file, row);
                return true;
            }

            string referenceId = PermitCodec.DecodeAcknowledged(data, offset, length);
            if (referenceId == null)
            {
                return false;
            }

            int target = index.Permits.Find(seq);
            if (target < 0 || !index.Permits.IsLive(target))
            {
                // Its full version may come in a later file (a ring file kept past its fold): counted at the end
                // only if no version of the permit turns up at all.
                report.OrphanSeqs.Add(seq);
                return true;
            }

            index.Permits.Acknowledge(target);
            index.AddVersion(file, target);
            return true;
        }
    }
}
