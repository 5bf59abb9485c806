namespace Meter.Core.Sale
{
    /// <summary>Where a sale is, whatever the screen shows for it.</summary>
    public enum SaleState
    {
        /// <summary>No sale: the idle screen.</summary>
        Idle = 1,

        /// <summary>The motorist is typing a plate.</summary>
        Plate = 2,

        /// <summary>Coins are going in for a new permit.</summary>
        Payment = 3,

        /// <summary>Coins are going in for time added to a running permit.</summary>
        AddTime = 4,

        /// <summary>The journal is recording the sale.</summary>
        Wait = 5,

        /// <summary>Recorded: the receipt screen.</summary>
        Paid = 6,

        /// <summary>Parking is free now: nothing to pay.</summary>
        Free = 7,

        /// <summary>The meter cannot sell (configuration, journal full, clock unknown, coin jam).</summary>
        OutOfService = 8,

        /// <summary>Money was taken but the journal could not record it.</summary>
        NotRecorded = 9,
    }
}
