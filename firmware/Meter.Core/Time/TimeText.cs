namespace Meter.Core.Time
{
    /// <summary>
    /// The text forms of time the meter reads and writes: "HH:mm" clock times in the configuration,
    /// "yyyy-MM-dd" dates, and OPSCOM's "yyyy-MM-ddTHH:mm:ss". Written on integers, not DateTime.ToString,
    /// whose format support differs between nanoFramework and .NET.
    /// </summary>
    public static class TimeText
    {
        /// <summary>"yyyy-MM-ddTHH:mm:ss" for milliseconds since the epoch (seconds truncated to whole).</summary>
        public static string FormatDateTime(long ms)
        {
            long days = Calendar.DayOf(ms);
            long seconds = (ms - days * Calendar.MsPerDay) / Calendar.MsPerSecond;
            return FormatDate(days) + "T" + Two((int)(seconds / 3600)) + ":" + Two((int)(seconds / 60 % 60)) + ":" + Two((int)(seconds % 60));
        }

        /// <summary>Writes "yyyy-MM-ddTHH:mm:ss" (19 characters) into a buffer without allocating; returns the offset after it.</summary>
        public static int WriteDateTime(long ms, char[] buffer, int offset)
        {
            long days = Calendar.DayOf(ms);
            int seconds = (int)((ms - days * Calendar.MsPerDay) / Calendar.MsPerSecond);
            int year;
            int month;
            int day;
            Calendar.CivilFromDays(days, out year, out month, out day);
            offset = Digits(year, 4, buffer, offset);
            buffer[offset++] = '-';
            offset = Digits(month, 2, buffer, offset);
            buffer[offset++] = '-';
            offset = Digits(day, 2, buffer, offset);
            buffer[offset++] = 'T';
            offset = Digits(seconds / 3600, 2, buffer, offset);
            buffer[offset++] = ':';
            offset = Digits(seconds / 60 % 60, 2, buffer, offset);
            buffer[offset++] = ':';
            return Digits(seconds % 60, 2, buffer, offset);
        }

        /// <summary>Writes a non-negative number as exactly <paramref name="width"/> digits (zero-padded).</summary>
        public static int Digits(long value, int width, char[] buffer, int offset)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                buffer[offset + i] = (char)('0' + value % 10);
                value /= 10;
            }

            return offset + width;
        }

        /// <summary>"yyyy-MM-dd" for a day number.</summary>
        public static string FormatDate(long days)
        {
            int year;
            int month;
            int day;
            Calendar.CivilFromDays(days, out year, out month, out day);
            return year.ToString() + "-" + Two(month) + "-" + Two(day);
        }

        /// <summary>"HH:mm" for minutes since midnight (0-1440; 1440 prints as "24:00").</summary>
        public static string FormatClock(int minuteOfDay)
        {
            return FormatClock(minuteOfDay, ":");
        }

        /// <summary>Hours and minutes with <paramref name="separator"/> between them (French: "14 h 30").</summary>
        public static string FormatClock(int minuteOfDay, string separator)
        {
            return Two(minuteOfDay / 60) + separator + Two(minuteOfDay % 60);
        }

        /// <summary>Parses "HH:mm" (00:00 to 24:00) into minutes since midnight.</summary>
        public static bool TryParseClock(string text, out int minuteOfDay)
        {
            minuteOfDay = 0;
            if (text == null || text.Length != 5 || text[2] != ':')
            {
                return false;
            }

            int hours;
            int minutes;
            if (!TryDigits(text, 0, 2, out hours) || !TryDigits(text, 3, 2, out minutes) || minutes > 59)
            {
                return false;
            }

            minuteOfDay = hours * 60 + minutes;
            return minuteOfDay <= Calendar.MinutesPerDay;
        }

        /// <summary>Parses "yyyy-MM-dd" (years 2000-2199) into a day number, rejecting dates that do not exist.</summary>
        public static bool TryParseDate(string text, out long days)
        {
            days = 0;
            int year;
            int month;
            int day;
            if (text == null || text.Length != 10 || text[4] != '-' || text[7] != '-'
                || !TryDigits(text, 0, 4, out year) || !TryDigits(text, 5, 2, out month) || !TryDigits(text, 8, 2, out day))
            {
                return false;
            }

            if (year < 2000 || year > 2199 || month < 1 || month > 12 || day < 1 || day > Calendar.DaysInMonth(year, month))
            {
                return false;
            }

            days = Calendar.DaysFromCivil(year, month, day);
            return true;
        }

        /// <summary>
        /// Parses OPSCOM's "yyyy-MM-ddTHH:mm:ss" into milliseconds since the epoch.
        /// </summary>
        public static bool TryParseDateTime(string text, out long ms)
        {
            ms = 0;
            long days;
            int hours;
            int minutes;
            int seconds;
            if (text == null || text.Length != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
                || !TryParseDate(text.Substring(0, 10), out days)
                || !TryDigits(text, 11, 2, out hours) || !TryDigits(text, 14, 2, out minutes) || !TryDigits(text, 17, 2, out seconds)
                || hours > 23 || minutes > 59 || seconds > 59)
            {
                return false;
            }

            ms = days * Calendar.MsPerDay + ((hours * 60 + minutes) * 60 + seconds) * Calendar.MsPerSecond;
            return true;
        }

        private static string Two(int value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }

        private static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }
    }
}
