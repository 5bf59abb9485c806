namespace Meter.Core.Journal
{
    /// <summary>
    /// One permit as the journal keeps it. Times are UTC milliseconds (stored to the second), money in
    /// cents. Outside the journal it is read-only: every change goes through <see cref="PermitJournal"/>,
    /// which writes it to flash first.
    /// </summary>
    public sealed class PermitRecord
    {
        public const int MaximumPlateLength = 25;
        public const int MaximumZoneBytes = 200;
        public const int MaximumReferenceLength = 50;
        public const int MaximumErrorBytes = 120;

        /// <summary>Meter-unique, increasing, never reused.</summary>
        public int Seq { get; internal set; }

        /// <summary>"meter id-seq": the OPSCOM permitNo, reused by every retry.</summary>
        public string PermitNo { get; internal set; }

        public string Plate { get; internal set; }

        public string Zone { get; internal set; }

        /// <summary>0 = CAD, 1 = USD.</summary>
        public int CurrencyCode { get; internal set; }

        public string Currency
        {
            get { return CurrencyCode == 1 ? Money.Currency.Usd : Money.Currency.Cad; }
        }

        public long SoldUtcMs { get; internal set; }

        public long StartUtcMs { get; internal set; }

        public long EndUtcMs { get; internal set; }

        /// <summary>Total paid for this permit, added time included.</summary>
        public long AmountCents { get; internal set; }

        /// <summary>End time the push carries (or OPSCOM last accepted): fixed once a push may have reached OPSCOM, so a retry is recognised.</summary>
        public long SentEndUtcMs { get; internal set; }

        /// <summary>Amount the push carries (or OPSCOM last accepted), cents.</summary>
        public long SentAmountCents { get; internal set; }

        /// <summary>OPSCOM has the permit: the push was acknowledged or answered 9022 (then without a reference id).</summary>
        public bool Delivered { get; internal set; }

        /// <summary>One of <see cref="PermitState"/>.</summary>
        public PermitState State { get; internal set; }

        /// <summary>OPSCOM's reference_id; empty before the push is acknowledged, or when a 9022 answer gave none.</summary>
        public string ReferenceId { get; internal set; }

        /// <summary>Failed attempts at the pending work; drives the back-off.</summary>
        public int Attempts { get; internal set; }

        /// <summary>Not before this UTC time may the pending work be tried again (0: now).</summary>
        public long NextAttemptUtcMs { get; internal set; }

        public int ErrorCode { get; internal set; }

        public string ErrorMessage { get; internal set; }

        /// <summary>For a rejected permit, the state it was rejected from (what an operator's retry resumes).</summary>
        public PermitState RejectedFrom { get; internal set; }

        /// <summary>Seq of the permit this one extends (time added when the first had no reference id); 0 if none.</summary>
        public int LinkedSeq { get; internal set; }

        /// <summary>
        /// Kept in RAM only: the sync worker has taken this permit for a push since boot, or it was loaded
        /// undelivered at boot (a push may have landed just before the power went). Once set, nothing may
        /// assume OPSCOM lacks the permit: added time goes as an update, a void as push-then-delete.
        /// </summary>
        public bool PushMayHaveLanded { get; internal set; }

        /// <summary>Pending work starts afresh: no failed attempts, due now.</summary>
        internal void ClearRetry()
        {
            Attempts = 0;
            NextAttemptUtcMs = 0;
        }

        internal PermitRecord Copy()
        {
            PermitRecord copy = new PermitRecord();
            copy.Seq = Seq;
            copy.PermitNo = PermitNo;
            copy.Plate = Plate;
            copy.Zone = Zone;
            copy.CurrencyCode = CurrencyCode;
            copy.SoldUtcMs = SoldUtcMs;
            copy.StartUtcMs = StartUtcMs;
            copy.EndUtcMs = EndUtcMs;
            copy.AmountCents = AmountCents;
            copy.SentEndUtcMs = SentEndUtcMs;
            copy.SentAmountCents = SentAmountCents;
            copy.Delivered = Delivered;
            copy.State = State;
            copy.ReferenceId = ReferenceId;
            copy.Attempts = Attempts;
            copy.NextAttemptUtcMs = NextAttemptUtcMs;
            copy.ErrorCode = ErrorCode;
            copy.ErrorMessage = ErrorMessage;
            copy.RejectedFrom = RejectedFrom;
            copy.LinkedSeq = LinkedSeq;
            copy.PushMayHaveLanded = PushMayHaveLanded;
            return copy;
        }
    }
}
