namespace Meter.Core.Time
{
    /// <summary>
    /// A yearly daylight-saving rule: "from the second Sunday of March at 02:00 to the first Sunday of
    /// November at 02:00, clocks go forward 60 minutes". Each change is given as the local wall-clock
    /// time just before it happens, which expresses both the North American rules (02:00 both ways)
    /// and the European ones (02:00 forward, 03:00 back).
    /// </summary>
    public sealed class DstRule
    {
        /// <summary>Week number meaning the last such day of the month.</summary>
        public const int LastWeek = 5;

        /// <summary>A rule: months 1-12, weeks 1-4 or LastWeek, days of week 0 (Sunday)-6, local minutes of day, and the minutes saved.</summary>
        public DstRule(int startMonth, int startWeek, int startDayOfWeek, int startMinuteOfDay,
            int endMonth, int endWeek, int endDayOfWeek, int endMinuteOfDay, int saveMinutes)
        {
            StartMonth = startMonth;
            StartWeek = startWeek;
            StartDayOfWeek = startDayOfWeek;
            StartMinuteOfDay = startMinuteOfDay;
            EndMonth = endMonth;
            EndWeek = endWeek;
            EndDayOfWeek = endDayOfWeek;
            EndMinuteOfDay = endMinuteOfDay;
            SaveMinutes = saveMinutes;
        }

        /// <summary>Month 1-12 in which daylight time begins.</summary>
        public int StartMonth { get; private set; }

        /// <summary>1-4 for the n-th weekday of the month, 5 for the last.</summary>
        public int StartWeek { get; private set; }

        /// <summary>0 = Sunday ... 6 = Saturday.</summary>
        public int StartDayOfWeek { get; private set; }

        /// <summary>Local standard time, minutes after midnight, at which clocks go forward.</summary>
        public int StartMinuteOfDay { get; private set; }

        /// <summary>Month daylight time ends, 1-12.</summary>
        public int EndMonth { get; private set; }

        /// <summary>Week daylight time ends: 1-4, or LastWeek.</summary>
        public int EndWeek { get; private set; }

        /// <summary>Day of week daylight time ends, 0 = Sunday.</summary>
        public int EndDayOfWeek { get; private set; }

        /// <summary>Local daylight time, minutes after midnight, at which clocks go back.</summary>
        public int EndMinuteOfDay { get; private set; }

        /// <summary>How far clocks go forward, in minutes (usually 60).</summary>
        public int SaveMinutes { get; private set; }

        /// <summary>The UTC instant (ms) daylight time starts in a year, for a zone of the given standard offset.</summary>
        public long StartUtcMs(int year, long standardOffsetMs)
        {
            long day = Calendar.NthWeekdayOfMonth(year, StartMonth, StartWeek, StartDayOfWeek);
            return day * Calendar.MsPerDay + StartMinuteOfDay * Calendar.MsPerMinute - standardOffsetMs;
        }

        /// <summary>The UTC instant (ms) daylight time ends in a year.</summary>
        public long EndUtcMs(int year, long standardOffsetMs)
        {
            long day = Calendar.NthWeekdayOfMonth(year, EndMonth, EndWeek, EndDayOfWeek);
            return day * Calendar.MsPerDay + EndMinuteOfDay * Calendar.MsPerMinute - standardOffsetMs - SaveMinutes * Calendar.MsPerMinute;
        }
    }
}
