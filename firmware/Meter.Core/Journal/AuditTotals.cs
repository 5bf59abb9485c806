using Meter.Core.Codec;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The cash audit of one collection period: coins counted by denomination (the coin table's order) and
    /// the money they make, what permits were sold and extended for, and what explains any difference
    /// (overpaid credit, credit kept without a sale, credit of a sale in progress carried across a
    /// collection, writes a power cut caught half done). Test sales of maintenance mode are counted apart.
    /// Amounts in cents, times UTC ms. Kept with the credit (<see cref="PermitJournal.SaveAudit"/>).
    /// </summary>
    public sealed class AuditTotals
    {
        /// <summary>Denominations counted: the coin table may list at most this many coins.</summary>
        public const int MaximumCoins = 8;

        /// <summary>Most bytes an encoding takes: the start (u32 seconds), then 25 varints (usually one to three bytes each).</summary>
        public const int MaximumEncodedBytes = 4 + (2 + MaximumCoins + 15) * Varint.MaximumBytes;

        /// <summary>Bytes of an encoding whose counters and amounts are below two million (three varint bytes each): flash estimates use it.</summary>
        public const int TypicalEncodedBytes = 4 + (2 + MaximumCoins + 15) * 3;

        /// <summary>A period's start: <paramref name="period"/> numbered from 1, opened at <paramref name="startUtcMs"/>.</summary>
        public AuditTotals(int period, long startUtcMs)
        {
            Period = period;
            StartUtcMs = JournalRules.Stored(startUtcMs);
            CoinCounts = new int[MaximumCoins];
        }

        /// <summary>The period's number, from 1.</summary>
        public int Period { get; private set; }

        /// <summary>When the period opened, UTC ms (whole seconds).</summary>
        public long StartUtcMs { get; private set; }

        /// <summary>When it was collected, UTC ms (whole seconds); 0 while open.</summary>
        public long EndUtcMs { get; set; }

        /// <summary>Coins accepted, by the coin table's index.</summary>
        public int[] CoinCounts { get; private set; }

        /// <summary>The money those coins make, cents.</summary>
        public long CashCents { get; set; }

        /// <summary>What new permits were sold for, cents, and how many.</summary>
        public long SoldCents { get; set; }

        /// <summary>New permits sold.</summary>
        public int SoldCount { get; set; }

        /// <summary>What added time was sold for, cents.</summary>
        public long AddedCents { get; set; }

        /// <summary>Times time was added to a permit.</summary>
        public int AddedCount { get; set; }

        /// <summary>Credit beyond what the time cost (past the maximum stay, or a coin that raced the inhibit), cents.</summary>
        public long OverpaidCents { get; set; }

        /// <summary>Credit found at boot that could not become a sale, cents: the meter kept it.</summary>
        public long CreditKeptCents { get; set; }

        /// <summary>Credit of a sale in progress when the last period was collected: its coins were in that period's cash, its sale is in this one.</summary>
        public long CarriedInCents { get; set; }

        /// <summary>Credit of a sale in progress when this period was collected (its coins are in this cash, its sale in the next period).</summary>
        public long InSaleAtCollectionCents { get; set; }

        /// <summary>Pulse trains that were no coin: the acceptor may have taken a coin the meter could not value.</summary>
        public int UnknownTrains { get; set; }

        /// <summary>Times the acceptor jammed.</summary>
        public int Jams { get; set; }

        /// <summary>Audit writes a power cut interrupted (found torn at boot): each may have been a coin, in the box but in no sale.</summary>
        public int InterruptedWrites { get; set; }

        /// <summary>Coins fed in maintenance mode, and what they make, cents: never revenue.</summary>
        public int TestCoins { get; set; }

        /// <summary>The money of <see cref="TestCoins"/>, cents.</summary>
        public long TestCashCents { get; set; }

        /// <summary>Test permits sold in maintenance mode (never pushed).</summary>
        public int TestSales { get; set; }

        /// <summary>Permits and added time, cents.</summary>
        public long RevenueCents
        {
            get { return SoldCents + AddedCents; }
        }

        /// <summary>
        /// Cash the sales do not explain, cents: cash + carried in - revenue - overpaid - kept - the credit of a sale in
        /// progress (<paramref name="inSaleCents"/> now, or at the collection). Zero when every coin is accounted for.
        /// </summary>
        public long Unexplained(long inSaleCents)
        {
            return CashCents + CarriedInCents - RevenueCents - OverpaidCents - CreditKeptCents - inSaleCents;
        }

        /// <summary>A copy (the ledger hands out copies; it changes its own).</summary>
        public AuditTotals Copy()
        {
            AuditTotals copy = (AuditTotals)MemberwiseClone();
            copy.CoinCounts = (int[])CoinCounts.Clone();
            return copy;
        }

        /// <summary>Writes the totals at <paramref name="offset"/> (at most <see cref="MaximumEncodedBytes"/>); returns the offset after them.</summary>
        public int Encode(byte[] buffer, int offset)
        {
            int p = PermitCodec.PutU32(buffer, offset, PermitCodec.Seconds(StartUtcMs));
            p = Varint.Put(buffer, p, Period);
            // The end as seconds after the start, plus one (0: open).
            p = Varint.Put(buffer, p, EndUtcMs == 0 ? 0 : PermitCodec.Seconds(EndUtcMs) - PermitCodec.Seconds(StartUtcMs) + 1);
            for (int i = 0; i < MaximumCoins; i++)
            {
                p = Varint.Put(buffer, p, CoinCounts[i]);
            }

            p = Varint.Put(buffer, p, CashCents);
            p = Varint.Put(buffer, p, SoldCents);
            p = Varint.Put(buffer, p, SoldCount);
            p = Varint.Put(buffer, p, AddedCents);
            p = Varint.Put(buffer, p, AddedCount);
            p = Varint.Put(buffer, p, OverpaidCents);
            p = Varint.Put(buffer, p, CreditKeptCents);
            p = Varint.Put(buffer, p, CarriedInCents);
            p = Varint.Put(buffer, p, InSaleAtCollectionCents);
            p = Varint.Put(buffer, p, UnknownTrains);
            p = Varint.Put(buffer, p, Jams);
            p = Varint.Put(buffer, p, InterruptedWrites);
            p = Varint.Put(buffer, p, TestCoins);
            p = Varint.Put(buffer, p, TestCashCents);
            return Varint.Put(buffer, p, TestSales);
        }

        /// <summary>The totals encoded at <paramref name="position"/>, which moves past them (the caller checked the bytes' CRC).</summary>
        public static AuditTotals Decode(byte[] data, ref int position)
        {
            if (position + 4 > data.Length)
            {
                throw new System.ArgumentException("audit totals cut short");
            }

            long startSeconds = PermitCodec.GetU32(data, position);
            position += 4;
            AuditTotals totals = new AuditTotals((int)Varint.Get(data, ref position), startSeconds * 1000);
            long end = Varint.Get(data, ref position);
            totals.EndUtcMs = end == 0 ? 0 : (startSeconds + end - 1) * 1000;
            for (int i = 0; i < MaximumCoins; i++)
            {
                totals.CoinCounts[i] = (int)Varint.Get(data, ref position);
            }

            totals.CashCents = Varint.Get(data, ref position);
            totals.SoldCents = Varint.Get(data, ref position);
            totals.SoldCount = (int)Varint.Get(data, ref position);
            totals.AddedCents = Varint.Get(data, ref position);
            totals.AddedCount = (int)Varint.Get(data, ref position);
            totals.OverpaidCents = Varint.Get(data, ref position);
            totals.CreditKeptCents = Varint.Get(data, ref position);
            totals.CarriedInCents = Varint.Get(data, ref position);
            totals.InSaleAtCollectionCents = Varint.Get(data, ref position);
            totals.UnknownTrains = (int)Varint.Get(data, ref position);
            totals.Jams = (int)Varint.Get(data, ref position);
            totals.InterruptedWrites = (int)Varint.Get(data, ref position);
            totals.TestCoins = (int)Varint.Get(data, ref position);
            totals.TestCashCents = Varint.Get(data, ref position);
            totals.TestSales = (int)Varint.Get(data, ref position);
            return totals;
        }
    }
}
