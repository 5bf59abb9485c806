using Meter.Core.Money;
using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// Every sale, safe until OPSCOM has it. Each change is written whole into a ring file that nothing
    /// needs any more (in FRAM on the device, <see cref="FramJournalStore"/>; in flash on hosts without it),
    /// or a new file when every ring file is still needed; each carries its generation, and the newest valid
    /// version wins at boot. Ring files are folded into batch files in flash by <see cref="MaintainStep"/> on
    /// the sync worker (never on the UI's thread), and files are deleted only when no permit needs them.
    /// One lock: the UI, the sync worker and the console share the journal and nothing else; it is never
    /// held across a network call.
    /// A method that throws has changed nothing, in memory or on flash.
    ///
    /// The exactly-once rule: once the worker has taken a permit for a push (<see cref="TakeDue"/>), nothing
    /// may assume OPSCOM lacks it until an answer says so, and after a reboot nothing undelivered is assumed
    /// absent either. The mark is kept in RAM (<see cref="PermitRecord.PushMayHaveLanded"/>), set when the
    /// worker takes a permit and, at mount, on every permit not known delivered. Persisting an
    /// "attempt started" mark instead would cost one more change per sale, for the benefit of a void or added
    /// time right after a reboot, which then costs a push and a delete (or an update) instead of nothing.
    /// </summary>
    public sealed partial class PermitJournal
    {
        /// <summary>Compaction writes files up to this size: one 4 KiB block each.</summary>
        public const int MaximumFileBytes = 3900;

        /// <summary>More entries than any journal file can hold (the smallest entry is 40 bytes).</summary>
        public const int MaximumEntriesPerFile = 100;

        /// <summary>The least capacity_bytes that leaves room for permits with the ring in flash: the ring files, the working reserve and two blocks.</summary>
        public static int MinimumCapacityBytes(int ringFiles)
        {
            return (int)new JournalIndex().EstimatedFlashBytes(new JournalSettings(0, 0, 0).WithRingFiles(ringFiles)) + ReserveBytes + 2 * FlashCost.BlockSize;
        }

        /// <summary>Where a change's entries start in the buffer: a ring file's generation header goes first.</summary>
        private const int ChangeStart = PermitCodec.GenerationHeaderBytes;

        /// <summary>
        /// Flash kept free for what is written before anything is freed: a compaction's batch (up to two
        /// blocks), a metadata pair split (two), a pair moved by wear levelling (one), and a change in flight.
        /// </summary>
        public const int ReserveBytes = 6 * FlashCost.BlockSize;

        private readonly object _sync = new object();
        private readonly IFileStore _store;
        private readonly JournalSettings _settings;
        private readonly string _meterId;
        private readonly JournalIndex _index = new JournalIndex();
        private readonly RecordReader _reader;
        // A change's entry (one full entry at most; a split's two borrow the compactor's buffer); the compactor has its
        // own buffer, so a change written between two steps of a fold leaves the fold's batch alone.
        private readonly byte[] _buffer = new byte[ChangeStart + PermitCodec.MaximumEntryBytes];
        private readonly JournalCompactor _compactor;
        private int _nextSeq = 1;
        private int _nextGen = 1;
        private bool _mounted;

        // Room kept for the sale being paid (one at a time: the UI's), or for the credit found at boot.
        private bool _saleReserved;

        // Why a sale cannot be recorded now, or null: worked out after every change under the lock, so that the UI's
        // four checks a second read a field instead of scanning every permit and file (and never wait on the lock).
        private string _sellProblem = "journal not mounted";

        /// <summary>A journal in the store's folder for meter <paramref name="meterId"/>; nothing is read until <see cref="Mount"/>.</summary>
        public PermitJournal(IFileStore store, JournalSettings settings, string meterId)
        {
            _store = store;
            _settings = settings;
            _meterId = meterId;
            _reader = new RecordReader(store, meterId);
            _compactor = new JournalCompactor(this, settings);
        }

        /// <summary>Reads the journal back from flash. Call once at boot, before anything else.</summary>
        public RecoveryReport Mount()
        {
            lock (_sync)
            {
                RecoveryReport report = new RecoveryReport();
                _nextGen = JournalLoader.Load(_store, _index, report) + 1;
                int highestSeq = 0;
                PermitTable permits = _index.Permits;
                for (int row = 0; row < permits.Count; row++)
                {
                    highestSeq = permits.SeqAt(row) > highestSeq ? permits.SeqAt(row) : highestSeq;
                    if (permits.IsLive(row) && !permits.IsDelivered(row))
                    {
                        // A push may have landed just before the power went: nothing says it did not.
                        permits.MarkMayHaveLanded(row);
                    }
                }

                // An unreadable file may hold permits newer than any read: skip past any it could hold (a batch
                // holds under a hundred entries), so a number OPSCOM may have is never sold again.
                _nextSeq = highestSeq + 1 + report.UnreadableFiles.Count * MaximumEntriesPerFile;
                LoadAudit(report);
                // Money a power cut left in a sale's payment must find its room at boot, as it would have at '#'.
                _saleReserved = RecoveredCredit != null && !RecoveredCredit.IsTest && RecoveredCredit.ExtendsSeq == 0;
                _mounted = true;
                _compactor.Reset();
                Reassess();
                return report;
            }
        }

        /// <summary>
        /// Whether a new sale can be recorded; when not, the meter must refuse coins. Reason is for screen and
        /// console. A pure query that reads what the last change worked out: it neither scans nor waits on the lock.
        /// Rejected and cleared permits do not count toward capacity_records (only flash bounds them); the room kept
        /// for a sale being paid does.
        /// </summary>
        public bool CanSell(out string reason)
        {
            reason = _sellProblem;
            return reason == null;
        }

        // Under the lock, after anything that changes what is held, kept or reserved.
        private void Reassess()
        {
            if (!_mounted)
            {
                _sellProblem = "journal not mounted";
            }
            else if (CountTowardCapacity() + (_saleReserved ? 1 : 0) >= _settings.CapacityRecords)
            {
                _sellProblem = "journal full: " + _settings.CapacityRecords.ToString() + " permits waiting";
            }
            else
            {
                _sellProblem = HasRoom() ? null : "journal full: flash";
            }
        }

        /// <summary>
        /// Keeps room for one new permit: the sale whose payment opens now. While it is held, <see cref="CanSell"/> and the
        /// worker's splits (<see cref="SplitAddedTime"/>) count it as taken, and <see cref="CommitSale"/> uses it, so a
        /// sale that took money is never refused at '#'. False, with the reason, when there is no room.
        /// </summary>
        public bool ReserveSale(out string reason)
        {
            lock (_sync)
            {
                if (_saleReserved)
                {
                    reason = null;
                    return true;
                }

                if (!CanSell(out reason))
                {
                    return false;
                }

                _saleReserved = true;
                Reassess();
                return true;
            }
        }

        /// <summary>The sale the room was kept for ended without a permit: the room is free again.</summary>
        public void ReleaseReservation()
        {
            lock (_sync)
            {
                _saleReserved = false;
                Reassess();
            }
        }

        /// <summary>Whether room is kept for a sale (<see cref="ReserveSale"/>).</summary>
        public bool SaleReserved
        {
            get { return _saleReserved; }
        }

        /// <summary>
        /// One step of the worker's flash housekeeping, at most one flash operation under the lock: compacts once
        /// enough small files piled up, and squeezes part-filled files together when flash is short. Returns true
        /// while there is more to do: the worker calls again after a short wait, so the UI thread waits behind one
        /// operation at the most. Throws the store's exception when flash fails; the journal stays valid (old files go
        /// only after their replacement is written) and the next call tries again.
        /// </summary>
        public bool MaintainStep()
        {
            lock (_sync)
            {
                try
                {
                    return _compactor.Step(!HasRoom());
                }
                catch (System.Exception)
                {
                    _compactor.Reset();
                    throw;
                }
                finally
                {
                    Reassess();
                }
            }
        }

        /// <summary>All of the housekeeping due now, step after step (tests, benchmarks, boot tools); the worker uses <see cref="MaintainStep"/>.</summary>
        public void Maintain()
        {
            while (MaintainStep())
            {
            }
        }

        /// <summary>
        /// Commits a sale. Only when this returns may the screen say "Paid". A sale whose room was kept
        /// (<see cref="ReserveSale"/>) uses it and is not refused for capacity; any other throws JournalException when
        /// full. Throws JournalException when the input is invalid, and the store's exception when flash fails.
        /// </summary>
        public PermitRecord CommitSale(string plate, string zone, string currency, long soldUtcMs, long startUtcMs,
            long endUtcMs, long amountCents, int linkedSeq)
        {
            lock (_sync)
            {
                string reason;
                if (!_saleReserved && !CanSell(out reason))
                {
                    throw new JournalException(reason);
                }

                if (!_mounted)
                {
                    throw new JournalException("journal not mounted");
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
                // Flash keeps whole seconds: the record returned is exactly what a later read gives back.
                record.SoldUtcMs = JournalRules.Stored(soldUtcMs);
                record.StartUtcMs = JournalRules.Stored(startUtcMs);
                record.EndUtcMs = JournalRules.Stored(endUtcMs);
                record.AmountCents = amountCents;
                record.SentEndUtcMs = record.EndUtcMs;
                record.SentAmountCents = amountCents;
                record.State = PermitState.Sold;
                record.ReferenceId = "";
                record.ErrorMessage = "";
                record.LinkedSeq = linkedSeq;
                _saleReserved = false;
                WriteFull(record);
                _nextSeq++;
                return record.Copy();
            }
        }

        /// <summary>
        /// Records time added to a permit: its new end and total. A push the worker has not taken simply
        /// carries the new values; once a push may have reached OPSCOM (taken by the worker, or loaded
        /// undelivered at boot) its values stay as they were, so a retry is still recognised as the same
        /// permit, and the extra time goes out as an update once the push is acknowledged.
        /// </summary>
        public PermitRecord CommitAddedTime(int seq, long newEndUtcMs, long addedCents)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                if (JournalRules.Stored(newEndUtcMs) <= record.EndUtcMs || addedCents <= 0 || record.AmountCents + addedCents > Cents.Maximum)
                {
                    throw new JournalException("added time must extend the permit and cost something");
                }

                if (!CanTakeTime(record.State))
                {
                    throw new JournalException("permit " + record.PermitNo + " is " + PermitStates.Name(record.State));
                }

                record.EndUtcMs = JournalRules.Stored(newEndUtcMs);
                record.AmountCents += addedCents;
                if (record.State == PermitState.Sold && !record.PushMayHaveLanded)
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

        /// <summary>
        /// An operator voids a permit. One the worker has never taken since it was sold is voided at once;
        /// any other waits for permits/delete (after its push, when the push may have landed). A rejected or
        /// cleared permit cannot be voided: OPSCOM refused it, so retry or clear it instead.
        /// </summary>
        public PermitRecord RequestVoid(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                if (record.State == PermitState.Voided || record.State == PermitState.VoidRequested)
                {
                    return record;
                }

                if (record.State == PermitState.Rejected || record.State == PermitState.Cleared)
                {
                    throw new JournalException("permit " + record.PermitNo + " is " + PermitStates.Name(record.State) + ": retry or clear it");
                }

                bool neverSent = record.State == PermitState.Sold && !record.PushMayHaveLanded;
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

        private bool HasRoom()
        {
            return _index.EstimatedFlashBytes(_settings) + ReserveBytes <= _settings.CapacityBytes;
        }

        // The row of a permit held (not pruned); throws when there is none.
        private int LiveRow(int seq)
        {
            int row = _index.Permits.Find(seq);
            if (row < 0 || !_index.Permits.IsLive(row))
            {
                throw new JournalException("no permit " + _meterId + "-" + seq.ToString());
            }

            return row;
        }

        /// <summary>The permit in a row of the index, read back from flash (compaction).</summary>
        internal PermitRecord Load(int row)
        {
            return _reader.Load(_index, row);
        }

        // A permit held, read back from flash: its newest full version and any acknowledgement after it.
        private PermitRecord Live(int seq)
        {
            return _reader.Load(_index, LiveRow(seq));
        }

        // Writes a record's whole state as a change, then makes it the record in force.
        private void WriteFull(PermitRecord record)
        {
            JournalFile file = WriteChange(PermitCodec.EncodeFull(record, _buffer, ChangeStart));
            Place(record, file);
        }

        private void Place(PermitRecord record, JournalFile file)
        {
            int row = _index.Permits.FindOrAdd(record.Seq);
            // Asked before Summarize, which rewrites the row's flags (the folded mark among them).
            if (_index.Permits.IsFolded(row))
            {
                _compactor.Changed();
            }

            _index.Permits.Summarize(row, record);
            _index.Permits.SetLatestFullGen(row, file.Gen);
            _index.AddVersion(file, row);

            Reassess();
        }

        // Writes one change (its entries at _buffer[ChangeStart..end)) into a ring file nothing needs any more,
        // or into a new generation file when every ring file is still needed. Returns it, in the index.
        private JournalFile WriteChange(int end)
        {
            return WriteChange(_buffer, end);
        }

        // The same for a change encoded in another buffer (a split's, in the compactor's).
        private JournalFile WriteChange(byte[] buffer, int end)
        {
            // The generation is used up even if the write fails: a torn file may carry it.
            int gen = NextGeneration();
            int ring = end <= _settings.MaximumRingFileBytes ? _index.FreeRing(_settings.RingFiles) : -1;
            if (ring >= 0)
            {
                PermitCodec.EncodeGeneration(buffer, 0, gen);
                _store.Replace(JournalFile.RingNameOf(ring), buffer, end);
                JournalFile old = _index.RingFile(ring);
                if (old != null)
                {
                    _index.Overwritten(old);
                }

                return _index.AddFile(gen, end, ring);
            }

            System.Array.Copy(buffer, ChangeStart, buffer, 0, end - ChangeStart);
            _store.Write(JournalFile.NameOf(gen), buffer, end - ChangeStart);
            return _index.AddFile(gen, end - ChangeStart, -1);
        }

        /// <summary>A compaction's batch, <paramref name="length"/> bytes of <paramref name="batch"/>, as a new generation file.</summary>
        internal int WriteBatch(byte[] batch, int length)
        {
            int gen = NextGeneration();
            _store.Write(JournalFile.NameOf(gen), batch, length);
            return gen;
        }

        // Never wraps (see JournalFile.NameOf: the flash wears out long before); a journal that got there refuses writes.
        private int NextGeneration()
        {
            if (_nextGen <= 0 || _nextGen == int.MaxValue)
            {
                throw new JournalException("journal generations used up: replace the flash");
            }

            return _nextGen++;
        }

        internal IFileStore Store
        {
            get { return _store; }
        }
    }
}
