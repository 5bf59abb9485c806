namespace Meter.Core.Journal
{
    /// <summary>
    /// What the journal keeps in RAM for each permit it holds: eight numbers in parallel arrays, sorted by
    /// permit number, and no object per permit (nanoFramework's heap costs a 12-byte block per object
    /// header and per field, so a <see cref="PermitRecord"/> with its strings is about 550 bytes). Enough for
    /// the loops (what is due, what to prune, what a plate has, what may be deleted); the rest of a permit
    /// is read from flash when it is worked on. Times are whole seconds since 1970, as stored.
    /// </summary>
    internal sealed class PermitTable
    {
        private const int Growth = 32;

        // Flag bits beside the state (low four bits).
        private const int StateMask = 0xF;
        private const int LiveFlag = 0x10;
        private const int DeliveredFlag = 0x20;
        private const int LandedFlag = 0x40;
        private const int ExtendedFlag = 0x80;
        private const int FoldedFlag = 0x100;

        private int[] _seqs = new int[0];
        private int[] _flags = new int[0];
        private int[] _latestFullGens = new int[0];
        // Retry state lives in RAM only (never written to flash): a failed attempt costs no wear, and after a reboot every
        // permit not known delivered is tried again anyway. Deadlines are monotonic seconds, rounded up.
        private int[] _nextAttempts = new int[0];
        private byte[] _attempts = new byte[0];
        private int[] _ends = new int[0];
        private int[] _plates = new int[0];
        private int[] _genCounts = new int[0];
        private int[] _newestGens = new int[0];

        /// <summary>Rows: permits held, and pruned ones whose versions are still on flash.</summary>
        public int Count { get; private set; }

        public int SeqAt(int row)
        {
            return _seqs[row];
        }

        /// <summary>Not pruned.</summary>
        public bool IsLive(int row)
        {
            return (_flags[row] & LiveFlag) != 0;
        }

        public PermitState StateAt(int row)
        {
            return (PermitState)(_flags[row] & StateMask);
        }

        public bool IsDelivered(int row)
        {
            return (_flags[row] & DeliveredFlag) != 0;
        }

        /// <summary>RAM only: see <see cref="PermitRecord.PushMayHaveLanded"/>.</summary>
        public bool MayHaveLanded(int row)
        {
            return (_flags[row] & LandedFlag) != 0;
        }

        public void MarkMayHaveLanded(int row)
        {
            _flags[row] |= LandedFlag;
        }

        public void Prune(int row)
        {
            _flags[row] &= ~LiveFlag;
        }

        public int LatestFullGen(int row)
        {
            return _latestFullGens[row];
        }

        public void SetLatestFullGen(int row, int gen)
        {
            _latestFullGens[row] = gen;
        }

        /// <summary>When the permit may be tried again, monotonic ms (0: now).</summary>
        public long NextAttemptMs(int row)
        {
            return (long)(uint)_nextAttempts[row] * 1000;
        }

        /// <summary>Failed attempts since the permit last changed (in RAM: 0 after a reboot).</summary>
        public int AttemptsAt(int row)
        {
            return _attempts[row];
        }

        /// <summary>A failed attempt: counted, and the permit waits until <paramref name="nextAttemptMs"/> (monotonic).</summary>
        public void SetRetry(int row, int attempts, long nextAttemptMs)
        {
            _attempts[row] = (byte)(attempts > 255 ? 255 : attempts);
            // Rounded up: a retry waits at least its back-off.
            _nextAttempts[row] = Seconds(nextAttemptMs + 999);
        }

        public long EndUtcMs(int row)
        {
            return (long)(uint)_ends[row] * 1000;
        }

        public int PlateHash(int row)
        {
            return _plates[row];
        }

        public int GenCount(int row)
        {
            return _genCounts[row];
        }

        public int NewestGen(int row)
        {
            return _newestGens[row];
        }

        /// <summary>Whether the compaction under way has already rewritten the permit (so it writes it once).</summary>
        public bool IsFolded(int row)
        {
            return (_flags[row] & FoldedFlag) != 0;
        }

        public void MarkFolded(int row)
        {
            _flags[row] |= FoldedFlag;
        }

        /// <summary>A compaction starts: nothing folded yet.</summary>
        public void ClearFolded()
        {
            for (int row = 0; row < Count; row++)
            {
                _flags[row] &= ~FoldedFlag;
            }
        }

        /// <summary>The row of a permit number, or -1.</summary>
        public int Find(int seq)
        {
            int low = 0;
            int high = Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (_seqs[middle] == seq)
                {
                    return middle;
                }

                if (_seqs[middle] < seq)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        /// <summary>The row of a permit number, inserted in order when new (new numbers come last, so usually appended).</summary>
        public int FindOrAdd(int seq)
        {
            int row = Find(seq);
            if (row >= 0)
            {
                return row;
            }

            if (Count == _seqs.Length)
            {
                Grow();
            }

            row = Count;
            while (row > 0 && _seqs[row - 1] > seq)
            {
                row--;
            }

            Shift(row, row + 1, Count - row);
            Count++;
            _seqs[row] = seq;
            _flags[row] = 0;
            _latestFullGens[row] = 0;
            _nextAttempts[row] = 0;
            _attempts[row] = 0;
            _ends[row] = 0;
            _plates[row] = 0;
            _genCounts[row] = 0;
            _newestGens[row] = 0;
            return row;
        }

        public void RemoveAt(int row)
        {
            Shift(row + 1, row, Count - row - 1);
            Count--;
        }

        /// <summary>Takes what the loops need from a permit's state; the permit is live from now on.</summary>
        public void Summarize(int row, PermitRecord record)
        {
            bool extended = record.EndUtcMs != record.SentEndUtcMs || record.AmountCents != record.SentAmountCents;
            _flags[row] = (int)record.State | LiveFlag | (record.Delivered ? DeliveredFlag : 0) | (extended ? ExtendedFlag : 0)
                | (record.PushMayHaveLanded ? LandedFlag : _flags[row] & LandedFlag);
            SetRetry(row, record.Attempts, record.NextAttemptMs);
            _ends[row] = Seconds(record.EndUtcMs);
            _plates[row] = HashOf(record.Plate);
        }

        /// <summary>"OPSCOM has the push", as <see cref="PermitJournal.ApplyAcknowledgement"/> does it to a record.</summary>
        public void Acknowledge(int row)
        {
            PermitState state = StateAt(row);
            if (state == PermitState.Sold)
            {
                state = (_flags[row] & ExtendedFlag) != 0 ? PermitState.TimeAdded : PermitState.Pushed;
            }

            _flags[row] = (_flags[row] & ~StateMask) | (int)state | DeliveredFlag;
            SetRetry(row, 0, 0);
        }

        /// <summary>A file holding a version of the permit was added.</summary>
        public void AddGen(int row, int gen)
        {
            _genCounts[row]++;
            _newestGens[row] = gen > _newestGens[row] ? gen : _newestGens[row];
        }

        /// <summary>A file holding a version went; <paramref name="newestLeft"/> is the newest generation still holding one.</summary>
        public void RemoveGen(int row, int newestLeft)
        {
            _genCounts[row]--;
            _newestGens[row] = newestLeft;
        }

        /// <summary>A plate's fingerprint (FNV-1a): equal plates hash alike; the plate itself is compared on flash.</summary>
        public static int HashOf(string plate)
        {
            uint hash = 2166136261;
            for (int i = 0; i < plate.Length; i++)
            {
                hash = (hash ^ plate[i]) * 16777619;
            }

            return (int)hash;
        }

        private static int Seconds(long utcMs)
        {
            return (int)(uint)(utcMs / 1000);
        }

        private void Grow()
        {
            int size = _seqs.Length + Growth;
            _seqs = Resized(_seqs, size);
            _flags = Resized(_flags, size);
            _latestFullGens = Resized(_latestFullGens, size);
            _nextAttempts = Resized(_nextAttempts, size);
            byte[] attempts = new byte[size];
            System.Array.Copy(_attempts, attempts, _attempts.Length);
            _attempts = attempts;
            _ends = Resized(_ends, size);
            _plates = Resized(_plates, size);
            _genCounts = Resized(_genCounts, size);
            _newestGens = Resized(_newestGens, size);
        }

        private static int[] Resized(int[] values, int size)
        {
            int[] bigger = new int[size];
            System.Array.Copy(values, bigger, values.Length);
            return bigger;
        }

        private void Shift(int from, int to, int length)
        {
            System.Array.Copy(_seqs, from, _seqs, to, length);
            System.Array.Copy(_flags, from, _flags, to, length);
            System.Array.Copy(_latestFullGens, from, _latestFullGens, to, length);
            System.Array.Copy(_nextAttempts, from, _nextAttempts, to, length);
            System.Array.Copy(_attempts, from, _attempts, to, length);
            System.Array.Copy(_ends, from, _ends, to, length);
            System.Array.Copy(_plates, from, _plates, to, length);
            System.Array.Copy(_genCounts, from, _genCounts, to, length);
            System.Array.Copy(_newestGens, from, _newestGens, to, length);
        }
    }
}
