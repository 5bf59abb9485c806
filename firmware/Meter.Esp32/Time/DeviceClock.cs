using System;
using Meter.Core.Time;

namespace Meter.Esp32.Time
{
    /// <summary>
    /// The ESP32's clocks. Monotonic time is the tick count since boot (never set, never jumps). UTC is
    /// the system time, which the firmware's SNTP client sets once Wi-Fi is up; the board has no
    /// battery-backed clock, so after a reset it counts from 1970 until then. A time before this
    /// firmware was written therefore means "not set yet", and the meter does not sell on it.
    /// </summary>
    public sealed class DeviceClock : IClock
    {
        private const long UnixEpochTicks = 621355968000000000;
        private const long TicksPerMs = 10000;

        /// <summary>2026-01-01T00:00:00Z, ms since 1970.</summary>
        private const long EarliestTrustedUtcMs = 1767225600000;

        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        public long UtcMs
        {
            get { return (DateTime.UtcNow.Ticks - UnixEpochTicks) / TicksPerMs; }
        }

        public bool IsUtcTrusted
        {
            get { return UtcMs >= EarliestTrustedUtcMs; }
        }
    }
}
