using Meter.Core.Journal;

namespace Meter.Core.Sale
{
    /// <summary>What the sale flow asks of the rest of the meter (journal and clock), without touching them.</summary>
    public interface ISaleContext
    {
        /// <summary>False after a power cut until SNTP or the RTC has set the time.</summary>
        bool ClockTrusted { get; }

        /// <summary>Whether a sale can be recorded now; the reason when not.</summary>
        bool CanSell(out string reason);

        /// <summary>
        /// A new sale's payment opens: keeps room in the journal for its permit until it is recorded or abandoned, so
        /// that money once taken can always be recorded. False, with the reason, when there is none.
        /// </summary>
        bool ReserveSale(out string reason);

        /// <summary>This meter's running permit for the plate, or null.</summary>
        PermitRecord ActiveFor(string plate, long nowUtcMs);
    }
}
