namespace Meter.Core.Tariffs
{
    /// <summary>
    /// A progressive rate: once a stay has lasted <see cref="AfterMinutes"/>, every band costs
    /// <see cref="Percent"/> of its price (150 = half as much again). Discourages all-day parking.
    /// </summary>
    public sealed class Escalation
    {
        /// <summary>A price step: after <paramref name="afterMinutes"/> of a stay, <paramref name="percent"/> % of the band price.</summary>
        public Escalation(int afterMinutes, int percent)
        {
            AfterMinutes = afterMinutes;
            Percent = percent;
        }

        /// <summary>Minutes of a stay after which the step applies.</summary>
        public int AfterMinutes { get; private set; }

        /// <summary>Percentage of the band price from then on.</summary>
        public int Percent { get; private set; }
    }
}
