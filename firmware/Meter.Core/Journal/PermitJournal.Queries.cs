using System.Collections;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The console's and the sale flow's questions, answered from the numbers kept in RAM; a permit asked
    /// for in full is read back from flash. Answers are copies, safe to keep and read on any thread.
    /// </summary>
    public sealed partial class PermitJournal
    {
        /// <summary>Permits held (pruned ones excluded).</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    return LiveCount();
                }
            }
        }

        /// <summary>How many permits are in <paramref name="state"/>.</summary>
        public int CountInState(PermitState state)
        {
            lock (_sync)
            {
                PermitTable permits = _index.Permits;
                int count = 0;
                for (int row = 0; row < permits.Count; row++)
                {
                    count += permits.IsLive(row) && permits.StateAt(row) == state ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Whether some permit has work for OPSCOM due at <paramref name="nowMs"/>, monotonic (a query: nothing is taken).</summary>
        public bool HasDue(long nowMs)
        {
            lock (_sync)
            {
                return OldestDue(nowMs) >= 0;
            }
        }

        /// <summary>Permits waiting for OPSCOM (sold, time added, void requested), whenever due.</summary>
        public int PendingCount
        {
            get
            {
                lock (_sync)
                {
                    PermitTable permits = _index.Permits;
                    int count = 0;
                    for (int row = 0; row < permits.Count; row++)
                    {
                        count += permits.IsLive(row) && PermitStates.IsPending(permits.StateAt(row)) ? 1 : 0;
                    }

                    return count;
                }
            }
        }

        /// <summary>When the oldest permit still waiting for OPSCOM was sold (UTC ms), or -1 when none waits.</summary>
        public long OldestPendingSoldUtcMs()
        {
            lock (_sync)
            {
                // Read from flash: the console asks now and then, and RAM keeps no sale times.
                int row = NextRow(-1, true, false);
                return row < 0 ? -1 : _reader.Load(_index, row).SoldUtcMs;
            }
        }

        /// <summary>A copy of permit <paramref name="seq"/> read back from flash, or null when the journal no longer holds it.</summary>
        public PermitRecord Find(int seq)
        {
            lock (_sync)
            {
                int row = _index.Permits.Find(seq);
                return row < 0 || !_index.Permits.IsLive(row) ? null : _reader.Load(_index, row);
            }
        }

        /// <summary>By OPSCOM permit number ("L4-0001-17").</summary>
        public PermitRecord Find(string permitNo)
        {
            string prefix = _meterId + "-";
            int seq = permitNo == null || !permitNo.StartsWith(prefix) ? 0 : SeqOf(permitNo, prefix.Length);
            return seq > 0 ? Find(seq) : null;
        }

        // The decimal number after the prefix (up to nine digits, nothing else), or 0.
        private static int SeqOf(string permitNo, int start)
        {
            int length = permitNo.Length - start;
            if (length < 1 || length > 9)
            {
                return 0;
            }

            int seq = 0;
            for (int i = start; i < permitNo.Length; i++)
            {
                char c = permitNo[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                seq = seq * 10 + (c - '0');
            }

            return seq;
        }

        /// <summary>
        /// The permit number after <paramref name="afterSeq"/> (0: the first) of a permit held that is waiting for
        /// OPSCOM or, with <paramref name="rejected"/>, was refused by it; 0 when there is none. Lets the console
        /// walk the queue one permit at a time instead of copying them all.
        /// </summary>
        public int NextInQueue(int afterSeq, bool rejected)
        {
            lock (_sync)
            {
                int row = NextRow(afterSeq, true, rejected);
                return row < 0 ? 0 : _index.Permits.SeqAt(row);
            }
        }

        /// <summary>Every permit held for a plate, oldest first.</summary>
        public PermitRecord[] FindByPlate(string plate)
        {
            lock (_sync)
            {
                ArrayList found = new ArrayList();
                PermitTable permits = _index.Permits;
                int hash = PermitTable.HashOf(plate);
                for (int row = 0; row < permits.Count; row++)
                {
                    if (permits.IsLive(row) && permits.PlateHash(row) == hash)
                    {
                        PermitRecord record = _reader.Load(_index, row);
                        if (record.Plate == plate)
                        {
                            found.Add(record);
                        }
                    }
                }

                return (PermitRecord[])found.ToArray(typeof(PermitRecord));
            }
        }

        /// <summary>The newest permit from this meter for the plate that is still running and can take more time; null if none.</summary>
        public PermitRecord ActiveFor(string plate, long nowUtcMs)
        {
            lock (_sync)
            {
                PermitTable permits = _index.Permits;
                int hash = PermitTable.HashOf(plate);
                for (int row = permits.Count - 1; row >= 0; row--)
                {
                    if (permits.IsLive(row) && permits.PlateHash(row) == hash && permits.EndUtcMs(row) > nowUtcMs && CanTakeTime(permits.StateAt(row)))
                    {
                        PermitRecord record = _reader.Load(_index, row);
                        if (record.Plate == plate)
                        {
                            return record;
                        }
                    }
                }

                return null;
            }
        }

        /// <summary>All permits held, oldest first, each read back from flash (tests and tools; the console walks instead).</summary>
        public PermitRecord[] Snapshot()
        {
            lock (_sync)
            {
                PermitRecord[] all = new PermitRecord[LiveCount()];
                int count = 0;
                for (int row = 0; row < _index.Permits.Count; row++)
                {
                    if (_index.Permits.IsLive(row))
                    {
                        all[count++] = _reader.Load(_index, row);
                    }
                }

                return all;
            }
        }

        /// <summary>Files in the journal's folder now.</summary>
        public int FileCount
        {
            get
            {
                lock (_sync)
                {
                    return _index.FileCount;
                }
            }
        }

        /// <summary>Flash the journal is estimated to occupy (<see cref="FlashCost"/>).</summary>
        public long EstimatedFlashBytes
        {
            get
            {
                lock (_sync)
                {
                    return _index.EstimatedFlashBytes(_settings);
                }
            }
        }

        /// <summary>
        /// The part of <see cref="EstimatedFlashBytes"/> an empty journal takes already: littlefs's directory blocks (and the
        /// ring's and audit's files when they are in flash). It is there whatever the journal holds.
        /// </summary>
        public long FixedFlashBytes
        {
            get { return new JournalIndex().EstimatedFlashBytes(_settings); }
        }

        internal int LiveCount()
        {
            int live = 0;
            for (int row = 0; row < _index.Permits.Count; row++)
            {
                live += _index.Permits.IsLive(row) ? 1 : 0;
            }

            return live;
        }

        private int OldestDue(long nowMs)
        {
            PermitTable permits = _index.Permits;
            for (int row = 0; row < permits.Count; row++)
            {
                if (permits.IsLive(row) && PermitStates.IsPending(permits.StateAt(row)) && permits.NextAttemptMs(row) <= nowMs)
                {
                    return row;
                }
            }

            return -1;
        }

        // The first live row after a permit number that is pending (or rejected, when asked); -1 when none.
        private int NextRow(int afterSeq, bool pending, bool rejected)
        {
            PermitTable permits = _index.Permits;
            for (int row = 0; row < permits.Count; row++)
            {
                PermitState state = permits.StateAt(row);
                if (permits.SeqAt(row) > afterSeq && permits.IsLive(row)
                    && ((pending && PermitStates.IsPending(state)) || (rejected && state == PermitState.Rejected)))
                {
                    return row;
                }
            }

            return -1;
        }

        private int CountTowardCapacity()
        {
            int counted = 0;
            for (int row = 0; row < _index.Permits.Count; row++)
            {
                PermitState state = _index.Permits.StateAt(row);
                counted += _index.Permits.IsLive(row) && state != PermitState.Rejected && state != PermitState.Cleared ? 1 : 0;
            }

            return counted;
        }

        private static bool CanTakeTime(PermitState state)
        {
            return state != PermitState.Voided && state != PermitState.VoidRequested && state != PermitState.Rejected && state != PermitState.Cleared;
        }
    }
}
