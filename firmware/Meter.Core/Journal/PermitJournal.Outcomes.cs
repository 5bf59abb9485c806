namespace Meter.Core.Journal
{
    /// <summary>The sync worker's side of the journal: what is due, and what OPSCOM answered.</summary>
    public sealed partial class PermitJournal
    {
        /// <summary>
        /// The worker takes the oldest permit with work for OPSCOM that is due at <paramref name="nowMs"/>
        /// (monotonic; null when none): a copy to send, taken under the lock together with the mark that its push may
        /// land from now on, so a change made while the request is on the wire cannot assume otherwise.
        /// </summary>
        public PermitRecord TakeDue(long nowMs)
        {
            lock (_sync)
            {
                int row = OldestDue(nowMs);
                if (row < 0)
                {
                    return null;
                }

                if (!_index.Permits.IsDelivered(row))
                {
                    _index.Permits.MarkMayHaveLanded(row);
                }

                return _reader.Load(_index, row);
            }
        }

        /// <summary>permits/push succeeded: keeps the reference id (a small acknowledgement entry, not a full rewrite).</summary>
        public void RecordPushed(int seq, string referenceId)
        {
            lock (_sync)
            {
                int row = LiveRow(seq);
                string problem = JournalRules.CheckReference(referenceId);
                if (problem != null)
                {
                    throw new JournalException(problem);
                }

                JournalFile file = WriteChange(PermitCodec.EncodeAcknowledged(seq, referenceId, _buffer, ChangeStart));
                row = _index.Permits.Find(seq);
                _index.Permits.Acknowledge(row);
                _index.AddVersion(file, row);
                if (_index.Permits.IsFolded(row))
                {
                    _compactor.Changed();
                }

                Reassess();
            }
        }

        /// <summary>
        /// Applies "OPSCOM has the push" to a record: a sale becomes pushed, or waits for an update when time
        /// was added meanwhile; a void requested before the push keeps waiting for its delete.
        /// </summary>
        internal static void ApplyAcknowledgement(PermitRecord record, string referenceId)
        {
            record.ReferenceId = referenceId;
            record.Delivered = true;
            if (record.State == PermitState.Sold)
            {
                bool extended = record.EndUtcMs != record.SentEndUtcMs || record.AmountCents != record.SentAmountCents;
                record.State = extended ? PermitState.TimeAdded : PermitState.Pushed;
            }

            record.ClearRetry();
        }

        /// <summary>
        /// A push answered 9022: an earlier attempt whose answer was lost was recorded, so the permit is
        /// delivered, but OPSCOM gave no reference id for updates or voids.
        /// </summary>
        public void RecordDelivered(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                ApplyAcknowledgement(record, "");
                WriteFull(record);
            }
        }

        /// <summary>
        /// permits/update succeeded: OPSCOM now has the end and total the request carried. Time added while
        /// the update was on the wire is newer than that, so the permit keeps waiting for another update.
        /// </summary>
        public void RecordUpdated(int seq, long sentEndUtcMs, long sentAmountCents)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                record.SentEndUtcMs = sentEndUtcMs;
                record.SentAmountCents = sentAmountCents;
                bool current = record.EndUtcMs == sentEndUtcMs && record.AmountCents == sentAmountCents;
                record.State = record.State == PermitState.TimeAdded && current ? PermitState.Updated : record.State;
                record.ClearRetry();
                WriteFull(record);
            }
        }

        /// <summary>The void is done: OPSCOM deleted the permit, or never had it.</summary>
        public void RecordVoided(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                record.State = PermitState.Voided;
                record.ClearRetry();
                WriteFull(record);
            }
        }

        /// <summary>
        /// Time was added to a permit OPSCOM holds without a reference id (it answered 9022), so no update
        /// can carry it: the extra time becomes a permit of its own, linked to the first, from the old end
        /// to the new one for the added amount. Both changes go to flash in one file: all or nothing.
        /// Returns null, writing nothing, while the journal has no room for one more permit besides the one kept for a
        /// sale being paid (<see cref="ReserveSale"/>): the split waits, the motorist's money never does.
        /// </summary>
        public PermitRecord SplitAddedTime(int seq, long nowUtcMs)
        {
            lock (_sync)
            {
                string full;
                if (!CanSell(out full))
                {
                    return null;
                }

                PermitRecord original = Live(seq);
                if (!original.Delivered || original.ReferenceId.Length > 0 || original.State != PermitState.TimeAdded)
                {
                    throw new JournalException("permit " + original.PermitNo + " has no added time to split");
                }

                PermitRecord extra = original.Copy();
                extra.Seq = _nextSeq;
                extra.PermitNo = _meterId + "-" + _nextSeq.ToString();
                extra.SoldUtcMs = nowUtcMs;
                extra.StartUtcMs = original.SentEndUtcMs;
                extra.AmountCents = original.AmountCents - original.SentAmountCents;
                extra.SentEndUtcMs = extra.EndUtcMs;
                extra.SentAmountCents = extra.AmountCents;
                extra.State = PermitState.Sold;
                extra.Delivered = false;
                extra.LinkedSeq = original.Seq;
                extra.ClearRetry();
                original.EndUtcMs = original.SentEndUtcMs;
                original.AmountCents = original.SentAmountCents;
                original.State = PermitState.Pushed;
                byte[] buffer = _compactor.Borrow();
                int end = PermitCodec.EncodeFull(original, buffer, ChangeStart + PermitCodec.GroupHeaderBytes);
                end = PermitCodec.EncodeFull(extra, buffer, end);
                PermitCodec.EncodeGroupHeader(buffer, ChangeStart, end - ChangeStart - PermitCodec.GroupHeaderBytes);
                JournalFile file = WriteChange(buffer, end);
                Place(original, file);
                Place(extra, file);
                _nextSeq++;
                return extra.Copy();
            }
        }

        /// <summary>
        /// OPSCOM refused the pending work for good: kept, with the code and message, for the operator.
        /// A permit never delivered whose void was requested meanwhile is voided instead: the refused request
        /// was its push, and a retry of the same values that OPSCOM refuses for its data cannot have been
        /// recorded by an earlier attempt either (that one would now answer 9022).
        /// </summary>
        public void RecordRejected(int seq, int errorCode, string errorMessage)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                if (record.State == PermitState.VoidRequested && !record.Delivered)
                {
                    record.State = PermitState.Voided;
                    record.ClearRetry();
                    WriteFull(record);
                    return;
                }

                record.RejectedFrom = record.State;
                record.State = PermitState.Rejected;
                record.ErrorCode = errorCode;
                record.ErrorMessage = JournalRules.Clip(errorMessage, PermitRecord.MaximumErrorBytes);
                WriteFull(record);
            }
        }

        /// <summary>
        /// A failed attempt: counts it and sets when to try again, at <paramref name="nextAttemptMs"/> on the monotonic
        /// clock. Nothing is written to flash: an hour of OPSCOM failing costs no wear, and after a reboot every permit
        /// not known delivered is tried again (paced by the engine's catch-up).
        /// </summary>
        public void RecordRetry(int seq, long nextAttemptMs)
        {
            lock (_sync)
            {
                int row = LiveRow(seq);
                _index.Permits.SetRetry(row, _index.Permits.AttemptsAt(row) + 1, nextAttemptMs);
            }
        }

        /// <summary>An operator sends a rejected permit again, from where it was rejected.</summary>
        public void RetryRejected(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                if (record.State != PermitState.Rejected)
                {
                    throw new JournalException("permit " + record.PermitNo + " is not rejected");
                }

                // A retried permit counts toward capacity again: it may not take the room kept for a sale being paid.
                string full;
                if (!CanSell(out full))
                {
                    throw new JournalException(full + ": retry it once the queue is shorter");
                }

                record.State = record.RejectedFrom;
                record.ClearRetry();
                WriteFull(record);
            }
        }

        /// <summary>
        /// Forgets finished permits past their retention window (and rejected ones an operator cleared
        /// with <see cref="ClearRejected"/>), then deletes files nobody needs. Writes nothing new.
        /// The newest permit is always kept: its number is where the sequence continues after a reboot; so are the
        /// permits of the plate whose credit the audit holds (<see cref="SaveAudit"/>).
        /// </summary>
        public int Prune(long nowUtcMs)
        {
            int pruned = 0;
            lock (_sync)
            {
                long retentionMs = _settings.RetentionMinutes * 60000L;
                int newest = _nextSeq - 1;
                PermitTable permits = _index.Permits;
                for (int row = 0; row < permits.Count; row++)
                {
                    if (permits.IsLive(row) && permits.SeqAt(row) != newest && PermitStates.IsFinished(permits.StateAt(row))
                        && permits.EndUtcMs(row) + retentionMs < nowUtcMs && !HeldByCredit(permits, row))
                    {
                        permits.Prune(row);
                        pruned++;
                    }
                }

                Reassess();
            }

            // One file a lock: the UI waits behind one delete at the most.
            while (DeleteOneUnneeded())
            {
            }

            return pruned;
        }

        private bool DeleteOneUnneeded()
        {
            lock (_sync)
            {
                bool deleted = _index.DeleteOneUnneeded(_store);
                Reassess();
                return deleted;
            }
        }

        /// <summary>An operator accepts that OPSCOM will not have a rejected permit: it is cleared (never sent) and then pruned like a finished one.</summary>
        public PermitRecord ClearRejected(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq);
                if (record.State != PermitState.Rejected)
                {
                    throw new JournalException("permit " + record.PermitNo + " is not rejected");
                }

                record.State = PermitState.Cleared;
                WriteFull(record);
                return record.Copy();
            }
        }
    }
}
