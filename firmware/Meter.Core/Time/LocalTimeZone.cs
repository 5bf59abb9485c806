namespace Meter.Core.Time
{
    /// <summary>
    /// The meter's local time: a fixed standard offset from UTC plus an optional daylight-saving rule.
    /// Tariffs speak local time; everything stored and sent is UTC milliseconds.
    /// </summary>
    public sealed class LocalTimeZone
    {
        private readonly long _standardOffsetMs;
        private readonly DstRule _dst;

        /// <param name="standardOffsetMinutes">Standard time minus UTC, e.g. -300 for Eastern.</param>
        /// <param name="dst">The daylight-saving rule, or null where clocks never change.</param>
        public LocalTimeZone(int standardOffsetMinutes, DstRule dst)
        {
            StandardOffsetMinutes = standardOffsetMinutes;
            _standardOffsetMs = standardOffsetMinutes * Calendar.MsPerMinute;
            _dst = dst;
        }

        /// <summary>Local standard time minus UTC, minutes.</summary>
        public int StandardOffsetMinutes { get; private set; }

        /// <summary>The daylight-saving rule, or null for none.</summary>
        public DstRule Dst
        {
            get { return _dst; }
        }

        /// <summary>UTC itself: no offset, no daylight time.</summary>
        public static LocalTimeZone Utc
        {
            get { return new LocalTimeZone(0, null); }
        }

        /// <summary>True when daylight time is in force at the UTC instant.</summary>
        public bool IsDaylightTime(long utcMs)
        {
            if (_dst == null)
            {
                return false;
            }

            int year = YearOf(utcMs + _standardOffsetMs);
            long start = _dst.StartUtcMs(year, _standardOffsetMs);
            long end = _dst.EndUtcMs(year, _standardOffsetMs);
            // Southern-hemisphere rules start late in the year and end early in the next.
            return start < end ? utcMs >= start && utcMs < end : utcMs >= start || utcMs < end;
        }

        /// <summary>Local time minus UTC at the instant, in milliseconds.</summary>
        public long OffsetMs(long utcMs)
        {
            return IsDaylightTime(utcMs) ? _standardOffsetMs + _dst.SaveMinutes * Calendar.MsPerMinute : _standardOffsetMs;
        }

        /// <summary>Local wall time of a UTC instant, as milliseconds since the local epoch.</summary>
        public long ToLocal(long utcMs)
        {
            return utcMs + OffsetMs(utcMs);
        }

        /// <summary>
        /// The UTC instant of a local wall time. A time skipped by spring-forward maps to the instant the
        /// clocks jumped; a time repeated by fall-back maps to its first (daylight) occurrence.
        /// </summary>
        public long ToUtc(long localMs)
        {
            long asDaylight = _dst == null ? localMs - _standardOffsetMs : localMs - _standardOffsetMs - _dst.SaveMinutes * Calendar.MsPerMinute;
            if (_dst != null && ToLocal(asDaylight) == localMs)
            {
                return asDaylight;
            }

            long asStandard = localMs - _standardOffsetMs;
            if (ToLocal(asStandard) == localMs)
            {
                return asStandard;
            }

            // In the spring-forward gap: the wall time never happens; the next real instant is the change.
            return NextTransitionUtc(asDaylight);
        }

        /// <summary>The first instant after <paramref name="utcMs"/> at which the offset changes, or long.MaxValue.</summary>
        public long NextTransitionUtc(long utcMs)
        {
            if (_dst == null)
            {
                return long.MaxValue;
            }

            int year = YearOf(utcMs + _standardOffsetMs);
            long next = long.MaxValue;
            for (int y = year; y <= year + 1; y++)
            {
                next = EarliestAfter(next, _dst.StartUtcMs(y, _standardOffsetMs), utcMs);
                next = EarliestAfter(next, _dst.EndUtcMs(y, _standardOffsetMs), utcMs);
            }

            return next;
        }

        private static long EarliestAfter(long best, long candidate, long after)
        {
            return candidate > after && candidate < best ? candidate : best;
        }

        private static int YearOf(long ms)
        {
            int year;
            int month;
            int day;
            Calendar.CivilFromDays(Calendar.DayOf(ms), out year, out month, out day);
            return year;
        }
    }
}
