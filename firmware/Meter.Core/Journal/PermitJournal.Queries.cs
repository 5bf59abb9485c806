using System.Collections;

namespace Meter.Core.Journal
{
    /// <summary>The console's and the sale flow's questions. Answers are copies, safe to keep and read on any thread.</summary>
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

        public int CountInState(int state)
        {
            lock (_sync)
            {
                int count = 0;
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    count += record != null && record.State == state ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Whether some permit has work for OPSCOM due at <paramref name="nowUtcMs"/> (a query: nothing is taken).</summary>
        public bool HasDue(long nowUtcMs)
        {
            lock (_sync)
            {
                return OldestDue(nowUtcMs) != null;
            }
        }

        private PermitRecord OldestDue(long nowUtcMs)
        {
            for (int i = 0; i < _index.SlotCount; i++)
            {
                PermitRecord record = _index.SlotAt(i).Record;
                if (record != null && PermitState.IsPending(record.State) && record.NextAttemptUtcMs <= nowUtcMs)
                {
                    return record;
                }
            }

            return null;
        }

        /// <summary>Permits waiting for OPSCOM (sold, time added, void requested), whenever due.</summary>
        public int PendingCount
        {
            get
            {
                lock (_sync)
                {
                    int count = 0;
                    for (int i = 0; i < _index.SlotCount; i++)
                    {
                        PermitRecord record = _index.SlotAt(i).Record;
                        count += record != null && PermitState.IsPending(record.State) ? 1 : 0;
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
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    if (record != null && PermitState.IsPending(record.State))
                    {
                        return record.SoldUtcMs;
                    }
                }

                return -1;
            }
        }

        public PermitRecord Find(int seq)
        {
            lock (_sync)
            {
                JournalSlot slot = _index.Find(seq);
                return slot == null || slot.Record == null ? null : slot.Record.Copy();
            }
        }

        /// <summary>By OPSCOM permit number ("L4-0001-17").</summary>
        public PermitRecord Find(string permitNo)
        {
            string prefix = _meterId + "-";
            int seq;
            if (permitNo == null || !permitNo.StartsWith(prefix) || !Config.ConfigValues.TryParseInt(permitNo.Substring(prefix.Length), out seq) || seq <= 0)
            {
                return null;
            }

            return Find(seq);
        }

        /// <summary>Every permit held for a plate, oldest first.</summary>
        public PermitRecord[] FindByPlate(string plate)
        {
            lock (_sync)
            {
                ArrayList found = new ArrayList();
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    if (record != null && record.Plate == plate)
                    {
                        found.Add(record.Copy());
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
                for (int i = _index.SlotCount - 1; i >= 0; i--)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    if (record != null && record.Plate == plate && record.EndUtcMs > nowUtcMs && CanTakeTime(record.State))
                    {
                        return record.Copy();
                    }
                }

                return null;
            }
        }

        /// <summary>All permits held, oldest first.</summary>
        public PermitRecord[] Snapshot()
        {
            lock (_sync)
            {
                PermitRecord[] all = new PermitRecord[LiveCount()];
                int count = 0;
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    if (record != null)
                    {
                        all[count++] = record.Copy();
                    }
                }

                return all;
            }
        }

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
                    return _index.EstimatedFlashBytes(_settings.RingFiles);
                }
            }
        }

        internal int LiveCount()
        {
            int live = 0;
            for (int i = 0; i < _index.SlotCount; i++)
            {
                live += _index.SlotAt(i).Record == null ? 0 : 1;
            }

            return live;
        }

        private int CountTowardCapacity()
        {
            int counted = 0;
            for (int i = 0; i < _index.SlotCount; i++)
            {
                PermitRecord record = _index.SlotAt(i).Record;
                counted += record == null || record.State == PermitState.Rejected || record.State == PermitState.Cleared ? 0 : 1;
            }

            return counted;
        }

        private static bool CanTakeTime(int state)
        {
            return state != PermitState.Voided && state != PermitState.VoidRequested && state != PermitState.Rejected && state != PermitState.Cleared;
        }
    }
}
