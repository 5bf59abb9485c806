using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// Every sale, safe in flash until OPSCOM has it. Each change is one small new file holding the
    /// permit's new state (never an in-place rewrite); the newest valid version wins at boot. Small files
    /// are compacted into bigger ones now and then, and files are deleted only when no permit needs them.
    /// One lock: the UI, the sync worker and the console share the journal and nothing else.
    /// A method that throws has changed nothing, in memory or on flash.
    /// </summary>
    public sealed partial class PermitJournal
    {
        /// <summary>Compaction starts once this many single-change files have piled up.</summary>
        public const int MaximumSmallFiles = 16;

        /// <summary>Compaction writes files up to this size: one 4 KiB block each.</summary>
        public const int MaximumFileBytes = 3900;

        /// <summary>Flash kept free for a compaction's new files and the small files before it.</summary>
        public const int ReserveBytes = 3 * FlashCost.BlockSize;

        private readonly object _sync = new object();
        private readonly IFileStore _store;
        private readonly JournalSettings _settings;
        private readonly string _meterId;
        private readonly JournalIndex _index = new JournalIndex();
        private readonly byte[] _buffer = new byte[MaximumFileBytes + PermitCodec.MaximumEntryBytes];
        private int _nextSeq = 1;
        private int _nextGen = 1;
        private bool _mounted;

        public PermitJournal(IFileStore store, JournalSettings settings, string meterId)
        {
            _store = store;
            _settings = settings;
            _meterId = meterId;
        }

        /// <summary>Reads the journal back from flash. Call once at boot, before anything else.</summary>
        public RecoveryReport Mount()
        {
            lock (_sync)
            {
                RecoveryReport report = new RecoveryReport();
                _nextGen = JournalLoader.Load(_store, _index, _meterId, report) + 1;
                int highestSeq = 0;
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    highestSeq = _index.SlotAt(i).Seq > highestSeq ? _index.SlotAt(i).Seq : highestSeq;
                }

                _nextSeq = highestSeq + 1;
                _mounted = true;
                return report;
            }
        }

        /// <summary>Whether a new sale can be recorded; when not, the meter must refuse coins. Reason is for screen and console.</summary>
        public bool CanSell(out string reason)
        {
            lock (_sync)
            {
                reason = null;
                if (!_mounted)
                {
                    reason = "journal not mounted";
                }
                else if (LiveCount() >= _settings.CapacityRecords)
                {
                    reason = "journal full: " + _settings.CapacityRecords.ToString() + " permits waiting";
                }
                else if (!HasRoom())
                {
                    // Before refusing coins, squeeze part-filled files together and look again.
                    Maintain(true);
                    reason = HasRoom() ? null : "journal full: flash";
                }

                return reason == null;
            }
        }

        /// <summary>
        /// Commits a sale. Only when this returns may the screen say "Paid". Throws JournalException when
        /// full or the input is invalid, and the store's exception when flash fails.
        /// </summary>
        public PermitRecord CommitSale(string plate, string zone, string currency, long soldUtcMs, long startUtcMs,
            long endUtcMs, long amountCents, int linkedSeq)
        {
            lock (_sync)
            {
                string reason;
                if (!CanSell(out reason))
                {
                    throw new JournalException(reason);
                }

                string problem = JournalRules.CheckSale(plate, zone, currency, startUtcMs, endUtcMs, amountCents);
                if (problem != null)
                {
                    throw new JournalException(problem);
                }

                PermitRecord record = new PermitRecord();
                record.Seq = _nextSeq;
                record.PermitNo = _meterId + "-" + _nextSeq.ToString();
                record.Plate = plate;
                record.Zone = zone;
                record.CurrencyCode = currency == Money.Currency.Usd ? 1 : 0;
                record.SoldUtcMs = soldUtcMs;
                record.StartUtcMs = startUtcMs;
                record.EndUtcMs = endUtcMs;
                record.AmountCents = amountCents;
                record.SentEndUtcMs = endUtcMs;
                record.SentAmountCents = amountCents;
                record.State = PermitState.Sold;
                record.ReferenceId = "";
                record.ErrorMessage = "";
                record.LinkedSeq = linkedSeq;
                WriteFull(record);
                _nextSeq++;
                return record.Copy();
            }
        }

        /// <summary>
        /// Records time added to a permit: its new end and total. A push never tried simply carries the new
        /// values; once a push may have reached OPSCOM its values stay as they were (so a retry is still
        /// recognised as the same permit) and the extra time goes out as an update afterwards.
        /// </summary>
        public PermitRecord CommitAddedTime(int seq, long newEndUtcMs, long addedCents)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                if (newEndUtcMs <= record.EndUtcMs || addedCents <= 0 || record.AmountCents + addedCents > Money.Money.MaximumCents)
                {
                    throw new JournalException("added time must extend the permit and cost something");
                }

                if (record.State == PermitState.Voided || record.State == PermitState.VoidRequested || record.State == PermitState.Rejected)
                {
                    throw new JournalException("permit " + record.PermitNo + " is " + PermitState.Name(record.State));
                }

                record.EndUtcMs = newEndUtcMs;
                record.AmountCents += addedCents;
                if (record.State == PermitState.Sold && record.Attempts == 0 && !record.Delivered)
                {
                    record.SentEndUtcMs = record.EndUtcMs;
                    record.SentAmountCents = record.AmountCents;
                }
                else if (record.State != PermitState.Sold)
                {
                    record.State = PermitState.TimeAdded;
                }

                record.ClearRetry();
                WriteFull(record);
                return record.Copy();
            }
        }

        /// <summary>An operator voids a permit. One never sent and never tried is voided at once.</summary>
        public PermitRecord RequestVoid(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                if (record.State == PermitState.Voided || record.State == PermitState.VoidRequested)
                {
                    return record;
                }

                bool neverSent = record.State == PermitState.Sold && record.Attempts == 0;
                record.State = neverSent ? PermitState.Voided : PermitState.VoidRequested;
                record.ClearRetry();
                WriteFull(record);
                return record.Copy();
            }
        }

        internal JournalIndex Index
        {
            get { return _index; }
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

        private bool HasRoom()
        {
            return _index.EstimatedFlashBytes + ReserveBytes + FlashCost.Of(PermitCodec.MaximumEntryBytes) <= _settings.CapacityBytes;
        }

        private JournalSlot LiveSlot(int seq)
        {
            JournalSlot slot = _index.Find(seq);
            if (slot == null || slot.Record == null)
            {
                throw new JournalException("no permit " + _meterId + "-" + seq.ToString());
            }

            return slot;
        }

        private PermitRecord Live(int seq)
        {
            return LiveSlot(seq).Record;
        }

        // Writes a record's whole state as a new file, then makes it the record in force.
        private void WriteFull(PermitRecord record)
        {
            int length = PermitCodec.EncodeFull(record, _buffer, 0);
            int gen = WriteFile(length);
            Place(record, gen, _index.AddFile(gen, length));
            Maintain(false);
        }

        private void Place(PermitRecord record, int gen, JournalFile file)
        {
            JournalSlot slot = _index.FindOrAdd(record.Seq);
            slot.Record = record;
            slot.LatestFullGen = gen;
            slot.AddGen(gen);
            file.Add(record.Seq);
        }

        private int WriteFile(int length)
        {
            int gen = _nextGen;
            // The generation is used up even if the write fails: a torn file may carry its name.
            _nextGen++;
            _store.Write(JournalFile.NameOf(gen), _buffer, length);
            return gen;
        }

        // Compaction never undoes the change that triggered it: a failure here leaves the journal
        // valid (old files are deleted only after their replacement is written) and is retried later.
        private void Maintain(bool squeeze)
        {
            try
            {
                JournalCompactor.CompactIfDue(this, _settings.CapacityBytes, squeeze);
            }
            catch (System.Exception)
            {
                MaintenanceFailures++;
            }
        }

        /// <summary>Compactions that failed (flash error or power loss); the next change retries.</summary>
        public int MaintenanceFailures { get; private set; }

        internal int WriteBatch(int length)
        {
            return WriteFile(length);
        }

        internal int NextGen
        {
            get { return _nextGen; }
        }

        internal byte[] Buffer
        {
            get { return _buffer; }
        }

        internal IFileStore Store
        {
            get { return _store; }
        }
    }
}
