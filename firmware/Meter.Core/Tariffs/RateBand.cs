namespace Meter.Core.Tariffs
{
    /// <summary>
    /// A price that applies from a local clock time until the next band starts: so many cents per block
    /// of minutes (60 for an hourly rate). A price of zero makes the band free.
    /// </summary>
    public sealed class RateBand
    {
        /// <summary>A band from <paramref name="startMinuteOfDay"/> (local) costing <paramref name="centsPerBlock"/> per <paramref name="blockMinutes"/> minutes.</summary>
        public RateBand(int startMinuteOfDay, long centsPerBlock, int blockMinutes)
        {
            StartMinuteOfDay = startMinuteOfDay;
            CentsPerBlock = centsPerBlock;
            BlockMinutes = blockMinutes;
        }

        /// <summary>Local time the band starts, minutes after midnight.</summary>
        public int StartMinuteOfDay { get; private set; }

        /// <summary>Price of a block, cents (0: free).</summary>
        public long CentsPerBlock { get; private set; }

        /// <summary>Minutes the price buys; must divide a day (1440) so costs stay exact integers.</summary>
        public int BlockMinutes { get; private set; }
    }
}
