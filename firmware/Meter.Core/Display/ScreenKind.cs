namespace Meter.Core.Display
{
    /// <summary>Which screen a <see cref="Screen"/> is: its layout (the plate grows left-aligned) and what tests look for.</summary>
    public enum ScreenKind
    {
        /// <summary>Not drawn yet.</summary>
        None = 0,
        Idle = 1,
        Plate = 2,
        Payment = 3,
        AddTime = 4,
        Wait = 5,
        Paid = 6,
        Free = 7,
        OutOfService = 8,
        NotRecorded = 9,
    }
}
