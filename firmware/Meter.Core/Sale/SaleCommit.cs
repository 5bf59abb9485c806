namespace Meter.Core.Sale
{
    /// <summary>
    /// What the flow asks to be written to the journal. The host writes it and answers with
    /// <see cref="SaleFlow.OnCommitted"/> or <see cref="SaleFlow.OnCommitFailed"/>; "Paid" shows only after.
    /// </summary>
    public sealed class SaleCommit
    {
        public SaleCommit(int extendsSeq, string plate, long startUtcMs, long endUtcMs, long cents, long overpaidCents)
        {
            ExtendsSeq = extendsSeq;
            Plate = plate;
            StartUtcMs = startUtcMs;
            EndUtcMs = endUtcMs;
            Cents = cents;
            OverpaidCents = overpaidCents;
        }

        /// <summary>The permit whose time is extended, or 0 for a new sale.</summary>
        public int ExtendsSeq { get; private set; }

        public string Plate { get; private set; }

        public long StartUtcMs { get; private set; }

        public long EndUtcMs { get; private set; }

        /// <summary>What the permit (or the added time) costs.</summary>
        public long Cents { get; private set; }

        /// <summary>Coins that went in beyond the maximum stay: taken but buying nothing, so shown and counted.</summary>
        public long OverpaidCents { get; private set; }
    }
}
