namespace Meter.Core.Display
{
    /// <summary>
    /// Which screen a <see cref="Screen"/> is: its layout (the plate grows left-aligned) and what tests look for. It is also the
    /// sale's state: the sale flow is in exactly the state its screen shows (one enum for both, kept here below the flow).
    /// </summary>
    public enum ScreenKind
    {
        /// <summary>Not drawn yet.</summary>
        None = 0,
        /// <summary>The idle screen: time, tariff and "press a key".</summary>
        Idle = 1,
        /// <summary>Plate entry.</summary>
        Plate = 2,
        /// <summary>Paying for a new permit: coins go in.</summary>
        Payment = 3,
        /// <summary>Paying for time added to a permit.</summary>
        AddTime = 4,
        /// <summary>The sale is being recorded in flash (PLEASE WAIT).</summary>
        Wait = 5,
        /// <summary>The sale is recorded: paid until.</summary>
        Paid = 6,
        /// <summary>Parking is free now: nothing to pay.</summary>
        Free = 7,
        /// <summary>The meter cannot sell; the reason is on the screen.</summary>
        OutOfService = 8,
        /// <summary>A sale could not be recorded: the screen says what was taken and whom to call.</summary>
        NotRecorded = 9,
        /// <summary>The plate in the large font, to be confirmed before any coin goes in.</summary>
        Confirm = 10,
        /// <summary>OPSCOM says the plate is already covered here (a monthly permit, a do-not-ticket entry): pay anyway or cancel.</summary>
        Covered = 11,
    }
}
