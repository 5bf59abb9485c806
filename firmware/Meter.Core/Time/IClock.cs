namespace Meter.Core.Time
{
    /// <summary>
    /// The clock port. The core never reads DateTime.UtcNow itself: the device adapter wraps SNTP/RTC
    /// state, the host adapters wrap the system clock or a clock that tests advance by hand.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary start; never jumps, never goes back. For timeouts and backoff.</summary>
        long MonotonicMs { get; }

        /// <summary>Wall time, milliseconds since 1970-01-01T00:00:00Z. Meaningless while <see cref="IsUtcTrusted"/> is false.</summary>
        long UtcMs { get; }

        /// <summary>
        /// False after a power cut until SNTP or the RTC has set the time: the ESP32 has no battery-backed
        /// clock, so the meter must not sell permits on a guessed date.
        /// </summary>
        bool IsUtcTrusted { get; }
    }
}
