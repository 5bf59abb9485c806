namespace Meter.Core.Tariffs
{
    /// <summary>
    /// Outcomes of a quote.
    /// </summary>
    public enum QuoteStatus
    {
        /// <summary>The credit or wanted end time is valid and fully used.</summary>
        Ok = 0,

        /// <summary>The credit is below the tariff's minimum purchase; no permit may be sold yet.</summary>
        BelowMinimum = 1,

        /// <summary>The credit buys more than the maximum stay; the excess is refused, not kept.</summary>
        MaximumStayReached = 2,

        /// <summary>Parking is free now and for the rest of the local day; nothing is sold.</summary>
        NotEnforced = 3,

        /// <summary>The wanted end time lies beyond the maximum stay.</summary>
        BeyondMaximumStay = 4,

        /// <summary>Negative credit, or a wanted end not after the start.</summary>
        Invalid = 5,
    }
}
