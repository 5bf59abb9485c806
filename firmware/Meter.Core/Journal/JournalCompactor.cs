namespace Meter.Core.Journal
{
    /// <summary>
    /// Keeps the journal dense: once small single-change files pile up, the current versions they hold
    /// (and those of big files that are mostly stale) are rewritten as full entries into a few files of
    /// one block each, then every file no permit needs is deleted. Old files go only after the new ones
    /// are written, so a power cut at any point leaves a journal that mounts with nothing lost.
    /// Under flash pressure (over half the capacity in use) part-filled and half-stale files are merged
    /// too: that costs rewrites, so it is done only when the space is wanted.
    /// </summary>
    internal static class JournalCompactor
    {
        /// <summary>Compacts when enough single-change files piled up, or, when <paramref name="squeeze"/>, whenever anything can be merged.</summary>
        public static void CompactIfDue(PermitJournal journal, JournalSettings settings, bool squeeze)
        {
            JournalIndex index = journal.Index;
            int small = 0;
            for (int i = 0; i < index.FileCount; i++)
            {
                JournalFile file = index.FileAt(i);
                // A ring file whose version was superseded is free for the next change: nothing to fold.
                small += file.Count <= 1 && (file.Ring < 0 || index.IsNeeded(file)) ? 1 : 0;
            }

            // Runs every worker cycle: the cheap count decides before any other work.
            if (small < settings.FoldThreshold && !squeeze)
            {
                return;
            }

            bool pressure = squeeze || index.EstimatedFlashBytes(settings.RingFiles) * 2 > settings.CapacityBytes;
            int[] inputs = Inputs(index, pressure, squeeze);
            if (small < settings.FoldThreshold && inputs.Length <= 1)
            {
                return;
            }

            // The permits whose version in force lives in an input file: found from those files' entries,
            // not by scanning every permit (this runs on the interpreter).
            index.Permits.ClearFolded();
            byte[] buffer = journal.Buffer;
            int length = 0;
            int[] batch = new int[PermitJournal.MaximumEntriesPerFile];
            int batchCount = 0;
            for (int f = 0; f < inputs.Length; f++)
            {
                // A flush may have deleted an input already (all of it rewritten): nothing left to take from it.
                JournalFile file = index.FileOf(inputs[f]);
                if (file == null)
                {
                    continue;
                }

                for (int e = 0; e < file.Count; e++)
                {
                    // Rows move when a flush deletes files and forgets pruned permits: go by number.
                    int seq = file.SeqAt(e);
                    PermitTable permits = index.Permits;
                    int row = permits.Find(seq);
                    if (row < 0 || !permits.IsLive(row) || file.Gen < permits.LatestFullGen(row) || permits.IsFolded(row))
                    {
                        continue;
                    }

                    permits.MarkFolded(row);
                    PermitRecord record = journal.Load(row);
                    int next = PermitCodec.EncodeFull(record, buffer, length);
                    if (next > PermitJournal.MaximumFileBytes || batchCount == batch.Length)
                    {
                        Flush(journal, length, batch, batchCount);
                        batchCount = 0;
                        next = PermitCodec.EncodeFull(record, buffer, 0);
                    }

                    batch[batchCount++] = seq;
                    length = next;
                }
            }

            if (batchCount > 0)
            {
                Flush(journal, length, batch, batchCount);
            }

            index.DeleteUnneeded(journal.Store);
        }

        // Small files; under pressure also part-filled and half-stale big ones. Without pressure a stale
        // big file just waits until its last permit is pruned and then goes without any copying.
        private static int[] Inputs(JournalIndex index, bool pressure, bool squeeze)
        {
            int[] gens = new int[index.FileCount];
            int count = 0;
            for (int i = 0; i < index.FileCount; i++)
            {
                JournalFile file = index.FileAt(i);
                bool input = file.Count <= 1;
                if (!input && pressure)
                {
                    int current = 0;
                    for (int e = 0; e < file.Count; e++)
                    {
                        current += index.IsCurrent(file, file.SeqAt(e)) ? 1 : 0;
                    }

                    // Short of room for a sale, any file with a stale version is rewritten densely.
                    bool partFilled = file.Size < PermitJournal.MaximumFileBytes / 2;
                    input = partFilled || current * 2 < file.Count || (squeeze && current < file.Count);
                }

                if (input)
                {
                    gens[count++] = file.Gen;
                }
            }

            int[] result = new int[count];
            System.Array.Copy(gens, result, count);
            return result;
        }

        // The batch's records take their new home only once the file is written; then whatever it replaced
        // goes at once, so a long squeeze never needs more than a block or two of free flash.
        private static void Flush(PermitJournal journal, int length, int[] seqs, int count)
        {
            int gen = journal.WriteBatch(length);
            JournalIndex index = journal.Index;
            JournalFile file = index.AddFile(gen, length, -1);
            for (int i = 0; i < count; i++)
            {
                int row = index.Permits.Find(seqs[i]);
                index.Permits.SetLatestFullGen(row, gen);
                index.AddVersion(file, row);
            }

            index.DeleteUnneeded(journal.Store);
        }
    }
}
