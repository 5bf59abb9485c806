namespace Meter.Core.Sale
{
    /// <summary>
    /// What the flow asks to be written to the journal. The host writes it and answers with
    /// <see cref="SaleFlow.OnCommitted"/> or <see cref="SaleFlow.OnCommitFailed"/>; "Paid" shows only after.
    /// </summary>
    public sealed class SaleCommit
    {
        /// <summary>A sale (<paramref name="extendsSeq"/> 0) or added time to permit <paramref name="extendsSeq"/>, to be recorded.</summary>
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

        /// <summary>The licence plate.</summary>
        public string Plate { get; private set; }

        /// <summary>When the permit starts, UTC ms.</summary>
        public long StartUtcMs { get; private set; }

        /// <summary>When the permit (with the added time) ends, UTC ms.</summary>
        public long EndUtcMs { get; private set; }

        /// <summary>What the permit (or the added time) costs.</summary>
        public long Cents { get; private set; }

        /// <summary>Coins that went in beyond the maximum stay: taken but buying nothing, so shown and counted.</summary>
        public long OverpaidCents { get; private set; }

        /// <summary>A test sale of maintenance mode: shown as paid, counted apart, never recorded as a permit.</summary>
        public bool IsTest { get; internal set; }
    }
}
