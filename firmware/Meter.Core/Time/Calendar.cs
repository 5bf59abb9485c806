namespace Meter.Core.Time
{
    /// <summary>
    /// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01) and milliseconds
    /// since the Unix epoch. Integer-only so it costs the interpreter a handful of operations, and it
    /// never depends on the device's DateTime or culture settings.
    /// </summary>
    public static class Calendar
    {
        /// <summary>Milliseconds in a second.</summary>
        public const long MsPerSecond = 1000;
        /// <summary>Milliseconds in a minute.</summary>
        public const long MsPerMinute = 60 * MsPerSecond;
        /// <summary>Milliseconds in an hour.</summary>
        public const long MsPerHour = 60 * MsPerMinute;
        /// <summary>Milliseconds in a day.</summary>
        public const long MsPerDay = 24 * MsPerHour;
        /// <summary>Minutes in a day.</summary>
        public const int MinutesPerDay = 24 * 60;

        /// <summary>Day number of a civil date (1970-01-01 is 0). Month 1-12, day 1-31.</summary>
        public static long DaysFromCivil(int year, int month, int day)
        {
            // Howard Hinnant's days_from_civil: years start in March so the leap day is last.
            long y = month <= 2 ? year - 1 : year;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yearOfEra = y - era * 400;
            long monthFromMarch = month > 2 ? month - 3 : month + 9;
            long dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
            long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146097 + dayOfEra - 719468;
        }

        /// <summary>Splits a day number into year, month (1-12) and day (1-31).</summary>
        public static void CivilFromDays(long days, out int year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long monthFromMarch = (5 * dayOfYear + 2) / 153;
            day = (int)(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
            month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
            year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        }

        /// <summary>Day of week of a day number: 0 = Sunday ... 6 = Saturday (as System.DayOfWeek).</summary>
        public static int DayOfWeek(long days)
        {
            // 1970-01-01 was a Thursday (4).
            long dow = (days + 4) % 7;
            return (int)(dow < 0 ? dow + 7 : dow);
        }

        /// <summary>True for a Gregorian leap year.</summary>
        public static bool IsLeapYear(int year)
        {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }

        /// <summary>Days in <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
        public static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                return IsLeapYear(year) ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        /// <summary>Floor division of milliseconds into a day number, correct before 1970 too.</summary>
        public static long DayOf(long ms)
        {
            long days = ms / MsPerDay;
            return ms % MsPerDay < 0 ? days - 1 : days;
        }

        /// <summary>Milliseconds since midnight of the day <paramref name="ms"/> falls in.</summary>
        public static long TimeOfDayMs(long ms)
        {
            return ms - DayOf(ms) * MsPerDay;
        }

        /// <summary>
        /// Day number of the n-th (1-4) or last (5) given weekday of a month, as daylight-saving rules say
        /// ("second Sunday of March").
        /// </summary>
        public static long NthWeekdayOfMonth(int year, int month, int week, int dayOfWeek)
        {
            if (week >= 5)
            {
                long last = DaysFromCivil(year, month, DaysInMonth(year, month));
                return last - ((DayOfWeek(last) - dayOfWeek + 7) % 7);
            }

            long first = DaysFromCivil(year, month, 1);
            return first + ((dayOfWeek - DayOfWeek(first) + 7) % 7) + 7 * (week - 1);
        }
    }
}
