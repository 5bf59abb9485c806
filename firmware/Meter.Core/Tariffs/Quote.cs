namespace Meter.Core.Tariffs
{
    /// <summary>What a credit buys, or what a wanted end time costs. Times are UTC milliseconds.</summary>
    public sealed class Quote
    {
        /// <summary>A quote; times UTC ms, amounts cents.</summary>
        public Quote(QuoteStatus status, long startUtcMs, long endUtcMs, long maximumEndUtcMs, long chargedCents, long excessCents)
        {
            Status = status;
            StartUtcMs = startUtcMs;
            EndUtcMs = endUtcMs;
            MaximumEndUtcMs = maximumEndUtcMs;
            ChargedCents = chargedCents;
            ExcessCents = excessCents;
        }

        /// <summary>One of <see cref="QuoteStatus"/>.</summary>
        public QuoteStatus Status { get; private set; }

        /// <summary>When the permit starts: the purchase time, or the start of enforcement for a prepaid purchase.</summary>
        public long StartUtcMs { get; private set; }

        /// <summary>When the permit ends. Free time right after the paid time is included, up to the maximum stay.</summary>
        public long EndUtcMs { get; private set; }

        /// <summary>The latest end the maximum stay allows.</summary>
        public long MaximumEndUtcMs { get; private set; }

        /// <summary>Cents the permit costs (credit less excess).</summary>
        public long ChargedCents { get; private set; }

        /// <summary>Credit beyond what the maximum stay allows: refused, never silently kept.</summary>
        public long ExcessCents { get; private set; }

        /// <summary>True when the quote can be sold: it is Ok and costs something.</summary>
        public bool IsSellable
        {
            get { return Status == QuoteStatus.Ok && ChargedCents > 0; }
        }
    }
}
