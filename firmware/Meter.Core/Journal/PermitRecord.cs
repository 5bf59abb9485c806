namespace Meter.Core.Journal
{
    /// <summary>
    /// One permit as the journal keeps it. Times are UTC milliseconds (stored to the second), money in
    /// cents. Outside the journal it is read-only: every change goes through <see cref="PermitJournal"/>,
    /// which writes it to flash first.
    /// </summary>
    public sealed class PermitRecord
    {
        /// <summary>Longest licence plate, characters.</summary>
        public const int MaximumPlateLength = 25;
        /// <summary>Longest zone name, UTF-8 bytes.</summary>
        public const int MaximumZoneBytes = 200;
        /// <summary>Longest OPSCOM reference id, characters.</summary>
        public const int MaximumReferenceLength = 50;
        /// <summary>Longest stored error message, UTF-8 bytes (longer ones are cut).</summary>
        public const int MaximumErrorBytes = 120;

        /// <summary>Meter-unique, increasing, never reused.</summary>
        public int Seq { get; internal set; }

        /// <summary>"meter id-seq": the OPSCOM permitNo, reused by every retry.</summary>
        public string PermitNo { get; internal set; }

        /// <summary>The licence plate as keyed in.</summary>
        public string Plate { get; internal set; }

        /// <summary>The OPSCOM zone the permit is for.</summary>
        public string Zone { get; internal set; }

        /// <summary>0 = CAD, 1 = USD.</summary>
        public int CurrencyCode { get; internal set; }

        /// <summary>CAD or USD.</summary>
        public string Currency
        {
            get { return CurrencyCode == 1 ? Money.Currency.Usd : Money.Currency.Cad; }
        }

        /// <summary>When it was sold, UTC ms (whole seconds).</summary>
        public long SoldUtcMs { get; internal set; }

        /// <summary>When it starts, UTC ms (whole seconds).</summary>
        public long StartUtcMs { get; internal set; }

        /// <summary>When it ends, UTC ms (whole seconds), added time included.</summary>
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

        /// <summary>Failed attempts at the pending work since it last changed; drives the back-off. Kept in RAM only.</summary>
        public int Attempts { get; internal set; }

        /// <summary>
        /// Not before this monotonic time (ms) may the pending work be tried again (0: now). Monotonic, never wall
        /// time, so a clock correction neither delays nor bunches the queue; kept in RAM only (0 after a reboot).
        /// </summary>
        public long NextAttemptMs { get; internal set; }

        /// <summary>OPSCOM's error code when it refused the permit, else 0.</summary>
        public int ErrorCode { get; internal set; }

        /// <summary>OPSCOM's error message when it refused the permit, else "".</summary>
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
            NextAttemptMs = 0;
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
            copy.NextAttemptMs = NextAttemptMs;
            copy.ErrorCode = ErrorCode;
            copy.ErrorMessage = ErrorMessage;
            copy.RejectedFrom = RejectedFrom;
            copy.LinkedSeq = LinkedSeq;
            copy.PushMayHaveLanded = PushMayHaveLanded;
            return copy;
        }
    }
}
