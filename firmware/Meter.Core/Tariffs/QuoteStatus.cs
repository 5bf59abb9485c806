namespace Meter.Core.Tariffs
{
    /// <summary>
    /// Outcomes of a quote. Integer constants rather than an enum so they print the same on
    /// nanoFramework, whose Enum.ToString() gives the number.
    /// </summary>
    public static class QuoteStatus
    {
        /// <summary>The credit or wanted end time is valid and fully used.</summary>
        public const int Ok = 0;

        /// <summary>The credit is below the tariff's minimum purchase; no permit may be sold yet.</summary>
        public const int BelowMinimum = 1;

        /// <summary>The credit buys more than the maximum stay; the excess is refused, not kept.</summary>
        public const int MaximumStayReached = 2;

        /// <summary>Parking is free now and for the rest of the local day; nothing is sold.</summary>
        public const int NotEnforced = 3;

        /// <summary>The wanted end time lies beyond the maximum stay.</summary>
        public const int BeyondMaximumStay = 4;

        /// <summary>Negative credit, or a wanted end not after the start.</summary>
        public const int Invalid = 5;
    }
}
