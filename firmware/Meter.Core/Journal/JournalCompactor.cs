namespace Meter.Core.Journal
{
    /// <summary>
    /// Keeps the journal dense: once small single-change files pile up, the current versions they hold
    /// (and those of big files that are mostly stale) are rewritten as full entries into a few files of
    /// one block each, then every file no permit needs is deleted. Old files go only after the new ones
    /// are written, so a power cut at any point leaves a journal that mounts with nothing lost.
    /// Under flash pressure (over half the capacity in use) part-filled and half-stale files are merged
    /// too: that costs rewrites, so it is done only when the space is wanted.
    ///
    /// A fold runs as steps of at most one flash operation each (read a permit, write a batch, delete a
    /// file), each under the journal's lock taken afresh, so the UI thread waits behind one operation at
    /// the most, never a whole fold. What the UI or console changes between steps is seen at the batch's
    /// write: a permit whose versions changed since it was read is not written from a stale copy; the fold
    /// stops there (its written batches stand) and the next maintenance starts again.
    /// </summary>
    internal sealed class JournalCompactor
    {
        private readonly PermitJournal _journal;
        private readonly JournalSettings _settings;

        // The batch being gathered (whole entries up to MaximumFileBytes); a permit read that did not fit waits as a
        // record for the next batch. The batch's permits are the folded ones: a change to any of them meanwhile marks
        // the fold stale (Changed), and then nothing of it is written.
        private readonly byte[] _buffer = new byte[PermitJournal.MaximumFileBytes];
        private int _count;
        private int _length;
        private PermitRecord _waiting;
        private bool _flushDue;
        private bool _stale;

        private int[] _inputs;
        private int _input;
        private int _entry;
        private bool _deleting;

        /// <summary>The compactor of <paramref name="journal"/>; it holds the fold in progress between steps.</summary>
        public JournalCompactor(PermitJournal journal, JournalSettings settings)
        {
            _journal = journal;
            _settings = settings;
        }

        /// <summary>
        /// One step of maintenance, under the journal's lock: at most one flash operation. Starts a fold when
        /// enough single-change files piled up, or, when <paramref name="squeeze"/>, whenever anything can be
        /// merged. Returns true while there is more to do.
        /// </summary>
        public bool Step(bool squeeze)
        {
            JournalIndex index = _journal.Index;
            if (_inputs == null)
            {
                _inputs = Plan(index, squeeze);
                if (_inputs == null)
                {
                    return false;
                }

                index.Permits.ClearFolded();
                _stale = false;
                _input = 0;
                _entry = 0;
                _count = 0;
                _length = 0;
                _waiting = null;
                _flushDue = false;
                _deleting = false;
            }

            if (_deleting)
            {
                if (index.DeleteOneUnneeded(_journal.Store))
                {
                    return true;
                }

                _deleting = false;
            }

            if (_flushDue)
            {
                _flushDue = false;
                return Flush(index);
            }

            if (_waiting != null)
            {
                Append(_waiting);
                _waiting = null;
            }

            while (_input < _inputs.Length)
            {
                // A flush may have deleted an input already (all of it rewritten): nothing left to take from it.
                JournalFile file = index.FileOf(_inputs[_input]);
                if (file == null || _entry >= file.Count)
                {
                    _input++;
                    _entry = 0;
                    continue;
                }

                // Rows move when a flush deletes files and forgets pruned permits: go by number.
                int seq = file.SeqAt(_entry++);
                PermitTable permits = index.Permits;
                int row = permits.Find(seq);
                if (row < 0 || !permits.IsLive(row) || file.Gen < permits.LatestFullGen(row) || permits.IsFolded(row))
                {
                    continue;
                }

                permits.MarkFolded(row);
                PermitRecord record = _journal.Load(row);
                if (_length + PermitCodec.FullEntryBytes(record) > PermitJournal.MaximumFileBytes || _count == PermitJournal.MaximumEntriesPerFile)
                {
                    // It does not fit this batch: the batch is written at the next step, this permit starts the next one.
                    _waiting = record;
                    _flushDue = true;
                }
                else
                {
                    Append(record);
                }

                return true;
            }

            if (_count > 0)
            {
                return Flush(index);
            }

            _inputs = null;
            return false;
        }

        /// <summary>The fold in progress is given up (the journal was remounted, or flash failed): the next step plans afresh.</summary>
        public void Reset()
        {
            _inputs = null;
            _waiting = null;
        }

        /// <summary>A permit of the fold in progress got a new version (from the UI, the console or the worker): the fold is stale.</summary>
        public void Changed()
        {
            _stale = _inputs != null;
        }

        /// <summary>
        /// The batch buffer for a split's two entries (the worker's, between folds: the worker finishes a fold before
        /// it sends anything). A fold still under way is given up.
        /// </summary>
        public byte[] Borrow()
        {
            Reset();
            return _buffer;
        }

        private void Append(PermitRecord record)
        {
            _length = PermitCodec.EncodeFull(record, _buffer, _length);
            _count++;
        }

        // Writes the batch; its records take their new home only if none changed since it was read, and then
        // whatever it replaced goes (step by step), so a long squeeze never needs more than a block or two of free flash.
        private bool Flush(JournalIndex index)
        {
            if (_stale)
            {
                // Changed by the UI or the console meanwhile: nothing stale is written; the next maintenance folds again.
                Reset();
                return false;
            }

            int gen = _journal.WriteBatch(_buffer, _length);
            JournalFile file = index.AddFile(gen, _length, -1);
            PermitTable permits = index.Permits;
            for (int p = 0; p < _length; p += PermitCodec.ValidLength(_buffer, p, _length))
            {
                int row = permits.Find(PermitCodec.Seq(_buffer, p));
                permits.SetLatestFullGen(row, gen);
                index.AddVersion(file, row);
            }

            _count = 0;
            _length = 0;
            _deleting = true;
            return true;
        }

        // The generations of the files to fold, or null when nothing is due. Runs every worker cycle: the cheap count
        // decides before any other work.
        private int[] Plan(JournalIndex index, bool squeeze)
        {
            int small = 0;
            for (int i = 0; i < index.FileCount; i++)
            {
                JournalFile file = index.FileAt(i);
                // Only a small file holding a permit's version in force has something to fold: one kept for a pruned
                // permit's history or a superseded ring file does not, and counting them made a fold of a single
                // permit run again and again (rewrite, delete, rewrite) without ever bringing the count down.
                small += file.Count == 1 && index.IsCurrent(file, file.SeqAt(0)) ? 1 : 0;
            }

            if (small < _settings.FoldThreshold && !squeeze)
            {
                return null;
            }

            // Over half the capacity in use, not counting the subfolders' fixed pairs: folding densely is worth its rewrites.
            bool pressure = squeeze || (index.EstimatedFlashBytes(_settings) - FlashCost.SubfolderPairsBytes) * 2 > _settings.CapacityBytes;
            int[] inputs = Inputs(index, pressure, squeeze);
            return small < _settings.FoldThreshold && inputs.Length <= 1 ? null : inputs;
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
    }
}
