using System.Collections;
using Meter.Core.Tariffs;
using Meter.Core.Time;
using Meter.Core.Money;

namespace Meter.Core.Config
{
    /// <summary>
    /// Reads [clock] (time zone) and [tariff] into a <see cref="Tariff"/>:
    /// <code>
    /// [clock]
    /// utc_offset = -05:00
    /// dst_start = second sun mar 02:00   # omit dst_* where clocks never change
    /// dst_end = first sun nov 02:00
    /// [tariff]
    /// band = 00:00 free
    /// band = 08:00 2.00/60               # price per block of minutes
    /// escalate = 120 150%                # after 120 minutes of stay, 150 % of the band price
    /// minimum_purchase = 0.25
    /// maximum_stay = 180                 # minutes
    /// mon = 08:00-18:00                  # enforcement; several windows separated by spaces, or "off"
    /// holiday = 2026-12-25
    /// </code>
    /// </summary>
    public static class TariffConfigReader
    {
        /// <summary>Day words, Sunday first (index = day of week), in DST rules and as the [tariff] day keys.</summary>
        public static readonly string[] DayKeys = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
        /// <summary>Week words of a DST rule: first..fourth, or last.</summary>
        public static readonly string[] WeekWords = { "first", "second", "third", "fourth", "last" };
        /// <summary>Month words of a DST rule, January first.</summary>
        public static readonly string[] MonthWords = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        /// <summary>Reads [clock] and [tariff] into a tariff, or null after reporting what is wrong.</summary>
        public static Tariff Read(SectionReader clock, SectionReader tariff)
        {
            LocalTimeZone zone = ReadZone(clock);
            RateBand[] bands = ReadBands(tariff);
            Escalation[] escalations = ReadEscalations(tariff);
            EnforcementWindow[][] week = new EnforcementWindow[7][];
            int[] weekLines = new int[7];
            for (int day = 0; day < 7; day++)
            {
                ConfigEntry entry = tariff.Entry(ConfigSchema.Days[day]);
                weekLines[day] = entry == null ? 0 : entry.Line;
                week[day] = entry == null ? null : ReadWindows(tariff, entry);
            }

            ConfigEntry[] holidayEntries = tariff.All(ConfigSchema.Holiday);
            long[] holidays = new long[holidayEntries.Length];
            for (int i = 0; i < holidayEntries.Length; i++)
            {
                if (!TimeText.TryParseDate(holidayEntries[i].Value, out holidays[i]))
                {
                    tariff.Error(holidayEntries[i].Line, ConfigSchema.Holiday, "'" + holidayEntries[i].Value + "' is not a date yyyy-MM-dd");
                }
            }

            long minimum = tariff.Cents(ConfigSchema.MinimumPurchase);
            int maximumStay = tariff.Int(ConfigSchema.MaximumStay);
            if (zone == null || bands == null || escalations == null)
            {
                return null;
            }

            for (int day = 0; day < 7; day++)
            {
                if (week[day] == null)
                {
                    return null;
                }
            }

            int bad;
            string problem = TariffRules.CheckBands(bands, out bad);
            if (problem != null)
            {
                ConfigEntry[] bandEntries = tariff.All(ConfigSchema.Band);
                tariff.Error(bandEntries[bad < 0 || bad >= bandEntries.Length ? 0 : bad].Line, ConfigSchema.Band, problem);
                return null;
            }

            problem = TariffRules.CheckEscalations(escalations, out bad);
            if (problem != null)
            {
                tariff.Error(tariff.All(ConfigSchema.Escalate)[bad].Line, ConfigSchema.Escalate, problem);
                return null;
            }

            for (int day = 0; day < 7; day++)
            {
                problem = TariffRules.CheckWindows(week[day]);
                if (problem != null)
                {
                    tariff.Error(weekLines[day], ConfigSchema.Days[day], problem);
                    return null;
                }
            }

            return new Tariff(zone, bands, escalations, week, holidays, minimum, maximumStay);
        }

        private static LocalTimeZone ReadZone(SectionReader clock)
        {
            ConfigEntry offsetEntry = clock.Entry(ConfigSchema.UtcOffset);
            // The daylight keys are taken whatever the offset holds: a bad offset is one error, not three "unknown key"s more.
            ConfigEntry startEntry = clock.Entry(ConfigSchema.DstStart);
            ConfigEntry endEntry = clock.Entry(ConfigSchema.DstEnd);
            int save = clock.Int(ConfigSchema.DstSave);
            int offset = 0;
            if (offsetEntry != null && !TryParseOffset(offsetEntry.Value, out offset))
            {
                clock.Error(offsetEntry.Line, ConfigSchema.UtcOffset, "must be like -05:00 or +01:00 (between -12:00 and +14:00)");
                return null;
            }

            if (startEntry == null && endEntry == null)
            {
                return offsetEntry == null ? null : new LocalTimeZone(offset, null);
            }

            if (startEntry == null || endEntry == null)
            {
                clock.Error((startEntry ?? endEntry).Line, startEntry == null ? ConfigSchema.DstStart : ConfigSchema.DstEnd, "dst_start and dst_end go together");
                return null;
            }

            int[] start = ReadDstRule(clock, startEntry);
            int[] end = ReadDstRule(clock, endEntry);
            if (start == null || end == null || offsetEntry == null)
            {
                return null;
            }

            if (start[0] == end[0])
            {
                clock.Error(endEntry.Line, ConfigSchema.DstEnd, "daylight time must start and end in different months");
                return null;
            }

            return new LocalTimeZone(offset, new DstRule(start[0], start[1], start[2], start[3], end[0], end[1], end[2], end[3], save));
        }

        // "second sun mar 02:00" -> { month, week, dayOfWeek, minuteOfDay }
        private static int[] ReadDstRule(SectionReader clock, ConfigEntry entry)
        {
            string[] words = ConfigValues.Words(entry.Value);
            int week = words.Length == 4 ? IndexOf(WeekWords, words[0]) : -1;
            int day = words.Length == 4 ? IndexOf(DayKeys, words[1]) : -1;
            int month = words.Length == 4 ? IndexOf(MonthWords, words[2]) : -1;
            int minute;
            if (week < 0 || day < 0 || month < 0 || !TimeText.TryParseClock(words[3], out minute) || minute >= Calendar.MinutesPerDay)
            {
                clock.Error(entry.Line, entry.Key, "must be like 'second sun mar 02:00' (first..fourth or last, sun..sat, jan..dec, local time)");
                return null;
            }

            return new int[] { month + 1, week + 1, day, minute };
        }

        private static RateBand[] ReadBands(SectionReader tariff)
        {
            ConfigEntry[] entries = tariff.All(ConfigSchema.Band);
            if (entries.Length == 0)
            {
                tariff.Error(0, ConfigSchema.Band, "missing: at least one band starting at 00:00");
                return null;
            }

            RateBand[] bands = new RateBand[entries.Length];
            bool ok = true;
            for (int i = 0; i < entries.Length; i++)
            {
                bands[i] = ReadBand(tariff, entries[i]);
                ok &= bands[i] != null;
            }

            return ok ? bands : null;
        }

        // "08:00 2.00/60" or "18:00 free"
        private static RateBand ReadBand(SectionReader tariff, ConfigEntry entry)
        {
            string[] words = ConfigValues.Words(entry.Value);
            int start = words.Length == 2 ? tariff.Clock(entry, words[0]) : -1;
            if (start < 0)
            {
                if (words.Length != 2)
                {
                    tariff.Error(entry.Line, ConfigSchema.Band, "must be 'HH:mm PRICE/MINUTES' or 'HH:mm free'");
                }

                return null;
            }

            if (words[1] == "free")
            {
                return new RateBand(start, 0, 60);
            }

            int slash = words[1].IndexOf('/');
            long cents;
            int block;
            if (slash < 0 || !Cents.TryParse(words[1].Substring(0, slash), out cents)
                || !ConfigValues.TryParseInt(words[1].Substring(slash + 1), out block))
            {
                tariff.Error(entry.Line, ConfigSchema.Band, "price must be like 2.00/60 (dollars per block of minutes)");
                return null;
            }

            return new RateBand(start, cents, block);
        }

        // "120 150%"
        private static Escalation[] ReadEscalations(SectionReader tariff)
        {
            ConfigEntry[] entries = tariff.All(ConfigSchema.Escalate);
            Escalation[] steps = new Escalation[entries.Length];
            for (int i = 0; i < entries.Length; i++)
            {
                string[] words = ConfigValues.Words(entries[i].Value);
                int after;
                int percent;
                if (words.Length != 2 || !ConfigValues.TryParseInt(words[0], out after) || !words[1].EndsWith("%")
                    || !ConfigValues.TryParseInt(words[1].Substring(0, words[1].Length - 1), out percent))
                {
                    tariff.Error(entries[i].Line, ConfigSchema.Escalate, "must be 'MINUTES PERCENT%', e.g. '120 150%'");
                    return null;
                }

                steps[i] = new Escalation(after, percent);
            }

            return steps;
        }

        // "08:00-18:00", "08:00-12:00 13:00-18:00" or "off"
        private static EnforcementWindow[] ReadWindows(SectionReader tariff, ConfigEntry entry)
        {
            string key = entry.Key;
            if (entry.Value == "off")
            {
                return new EnforcementWindow[0];
            }

            string[] words = ConfigValues.Words(entry.Value);
            ArrayList windows = new ArrayList();
            for (int i = 0; i < words.Length; i++)
            {
                int dash = words[i].IndexOf('-');
                if (dash < 0)
                {
                    tariff.Error(entry.Line, key, "must be 'off' or windows like 08:00-18:00");
                    return null;
                }

                int start = tariff.Clock(entry, words[i].Substring(0, dash));
                int end = tariff.Clock(entry, words[i].Substring(dash + 1));
                if (start < 0 || end < 0)
                {
                    return null;
                }

                windows.Add(new EnforcementWindow(start, end));
            }

            return (EnforcementWindow[])windows.ToArray(typeof(EnforcementWindow));
        }

        private static bool TryParseOffset(string text, out int minutes)
        {
            minutes = 0;
            int clock;
            if (text.Length != 6 || (text[0] != '+' && text[0] != '-') || !TimeText.TryParseClock(text.Substring(1), out clock))
            {
                return false;
            }

            minutes = text[0] == '-' ? -clock : clock;
            return minutes >= -12 * 60 && minutes <= 14 * 60;
        }

        private static int IndexOf(string[] words, string word)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (words[i] == word)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
