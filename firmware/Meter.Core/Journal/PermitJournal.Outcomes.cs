namespace Meter.Core.Journal
{
    /// <summary>The sync worker's side of the journal: what is due, and what OPSCOM answered.</summary>
    public sealed partial class PermitJournal
    {
        /// <summary>The oldest permit with work for OPSCOM that is due at <paramref name="nowUtcMs"/>, or null.</summary>
        public PermitRecord NextDue(long nowUtcMs)
        {
            lock (_sync)
            {
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    PermitRecord record = _index.SlotAt(i).Record;
                    if (record != null && PermitState.IsPending(record.State) && record.NextAttemptUtcMs <= nowUtcMs)
                    {
                        return record.Copy();
                    }
                }

                return null;
            }
        }

        /// <summary>permits/push succeeded: keeps the reference id (a small acknowledgement entry, not a full rewrite).</summary>
        public void RecordPushed(int seq, string referenceId)
        {
            lock (_sync)
            {
                JournalSlot slot = LiveSlot(seq);
                string problem = JournalRules.CheckReference(referenceId);
                if (problem != null)
                {
                    throw new JournalException(problem);
                }

                int length = PermitCodec.EncodeAcknowledged(seq, referenceId, _buffer, 0);
                int gen = WriteFile(length);
                ApplyAcknowledgement(slot.Record, referenceId);
                slot.AddGen(gen);
                _index.AddFile(gen, length).Add(seq);
                Maintain(false);
            }
        }

        /// <summary>
        /// Applies "push acknowledged" to a record: a sale becomes pushed; a void requested before the
        /// push keeps waiting for its delete, now with the reference id it needs.
        /// </summary>
        internal static void ApplyAcknowledgement(PermitRecord record, string referenceId)
        {
            record.ReferenceId = referenceId;
            record.State = record.State == PermitState.Sold ? PermitState.Pushed : record.State;
            record.Attempts = 0;
            record.NextAttemptUtcMs = 0;
        }

        /// <summary>Moves a permit to a new state after OPSCOM answered (updated, voided, pushed without a reference id).</summary>
        public void RecordState(int seq, int state)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                record.State = state;
                record.Attempts = 0;
                record.NextAttemptUtcMs = 0;
                WriteFull(record);
            }
        }

        /// <summary>OPSCOM refused the pending work for good: kept, with the code and message, for the operator.</summary>
        public void RecordRejected(int seq, int errorCode, string errorMessage)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                record.RejectedFrom = record.State;
                record.State = PermitState.Rejected;
                record.ErrorCode = errorCode;
                record.ErrorMessage = JournalRules.Clip(errorMessage, PermitRecord.MaximumErrorBytes);
                WriteFull(record);
            }
        }

        /// <summary>A failed attempt: counts it and sets when to try again (the back-off survives reboots).</summary>
        public void RecordRetry(int seq, long nextAttemptUtcMs)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                record.Attempts++;
                record.NextAttemptUtcMs = nextAttemptUtcMs;
                WriteFull(record);
            }
        }

        /// <summary>An operator sends a rejected permit again, from where it was rejected.</summary>
        public void RetryRejected(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                if (record.State != PermitState.Rejected)
                {
                    throw new JournalException("permit " + record.PermitNo + " is not rejected");
                }

                record.State = record.RejectedFrom;
                record.Attempts = 0;
                record.NextAttemptUtcMs = 0;
                WriteFull(record);
            }
        }

        /// <summary>
        /// Forgets finished permits past their retention window (and rejected ones an operator cleared
        /// with <see cref="ClearRejected"/>), then deletes files nobody needs. Writes nothing new.
        /// The newest permit is always kept: its number is where the sequence continues after a reboot.
        /// </summary>
        public int Prune(long nowUtcMs)
        {
            lock (_sync)
            {
                long retentionMs = _settings.RetentionMinutes * 60000L;
                int newest = _nextSeq - 1;
                int pruned = 0;
                for (int i = 0; i < _index.SlotCount; i++)
                {
                    JournalSlot slot = _index.SlotAt(i);
                    PermitRecord record = slot.Record;
                    if (record != null && slot.Seq != newest && PermitState.IsFinished(record.State) && record.EndUtcMs + retentionMs < nowUtcMs)
                    {
                        slot.Record = null;
                        pruned++;
                    }
                }

                _index.DeleteUnneeded(_store);
                return pruned;
            }
        }

        /// <summary>An operator acknowledges a rejected permit; it is then pruned like a finished one.</summary>
        public void ClearRejected(int seq)
        {
            lock (_sync)
            {
                PermitRecord record = Live(seq).Copy();
                if (record.State != PermitState.Rejected)
                {
                    throw new JournalException("permit " + record.PermitNo + " is not rejected");
                }

                record.State = PermitState.Voided;
                WriteFull(record);
            }
        }
    }
}
