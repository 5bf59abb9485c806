namespace Meter.Core.Tariffs
{
    /// <summary>
    /// A progressive rate: once a stay has lasted <see cref="AfterMinutes"/>, every band costs
    /// <see cref="Percent"/> of its price (150 = half as much again). Discourages all-day parking.
    /// </summary>
    public sealed class Escalation
    {
        public Escalation(int afterMinutes, int percent)
        {
            AfterMinutes = afterMinutes;
            Percent = percent;
        }

        public int AfterMinutes { get; private set; }

        public int Percent { get; private set; }
    }
}
