namespace Meter.Core.Journal
{
    /// <summary>
    /// A sale (or added time) being paid and committed, as the sale it would be: what the sale flow asks the host to
    /// write to the journal, and the credit the audit keeps each time a coin goes in
    /// (<see cref="PermitJournal.SaveAudit"/>), so that after a power cut in the middle of paying the meter records it
    /// at boot and credit always buys time. One record for both: they are the same sale.
    /// </summary>
    public sealed class PendingCredit
    {
        /// <summary>The credit as the sale it would be: <paramref name="extendsSeq"/> 0 for a new permit; times UTC ms, amounts cents.</summary>
        public PendingCredit(int extendsSeq, string plate, long soldUtcMs, long startUtcMs, long endUtcMs, long chargedCents, long overpaidCents, bool isTest)
        {
            ExtendsSeq = extendsSeq;
            Plate = plate;
            SoldUtcMs = JournalRules.Stored(soldUtcMs);
            StartUtcMs = JournalRules.Stored(startUtcMs);
            EndUtcMs = JournalRules.Stored(endUtcMs);
            ChargedCents = chargedCents;
            OverpaidCents = overpaidCents;
            IsTest = isTest;
        }

        /// <summary>The permit the credit adds time to, or 0 for a new one.</summary>
        public int ExtendsSeq { get; private set; }

        /// <summary>The plate keyed in.</summary>
        public string Plate { get; private set; }

        /// <summary>When the last coin went in, UTC ms (whole seconds).</summary>
        public long SoldUtcMs { get; private set; }

        /// <summary>When the permit would start, UTC ms (whole seconds).</summary>
        public long StartUtcMs { get; private set; }

        /// <summary>When the permit (or the added time) would end, UTC ms (whole seconds).</summary>
        public long EndUtcMs { get; private set; }

        /// <summary>What the time costs, cents.</summary>
        public long ChargedCents { get; private set; }

        /// <summary>Credit beyond the maximum stay, cents: kept by the meter, counted as overpaid.</summary>
        public long OverpaidCents { get; private set; }

        /// <summary>
        /// The least number the sale can have been recorded under: the journal's next permit number when the credit was
        /// kept (0 when unknown: an audit written before it was kept). A permit numbered below it was sold before this
        /// credit's coins went in, so it is never taken for this credit's sale.
        /// </summary>
        public int FirstSeq { get; internal set; }

        /// <summary>A test sale of maintenance mode: never recorded as a permit.</summary>
        public bool IsTest { get; private set; }

        /// <summary>Everything inserted: what it buys and what it overpays, cents.</summary>
        public long CreditCents
        {
            get { return ChargedCents + OverpaidCents; }
        }
    }
}
