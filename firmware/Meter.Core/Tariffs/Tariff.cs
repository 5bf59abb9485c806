using Meter.Core.Time;

namespace Meter.Core.Tariffs
{
    /// <summary>
    /// A meter's rates as data, in local time: price bands through the day, escalation after long stays,
    /// enforcement windows per weekday, holidays, minimum purchase and maximum stay. Immutable; the
    /// constructor rejects a tariff that could quote nonsense.
    /// </summary>
    public sealed class Tariff
    {
        /// <summary>Most rate bands a tariff may have.</summary>
        public const int MaximumBands = 48;
        /// <summary>Longest maximum stay a tariff may set, minutes (a week).</summary>
        public const int MaximumStayLimitMinutes = 7 * Calendar.MinutesPerDay;

        private readonly RateBand[] _bands;
        private readonly Escalation[] _escalations;
        private readonly EnforcementWindow[][] _week;
        private readonly long[] _holidays;
        // Per weekday, every local minute-of-day at which the price may change, ending with 1440.
        private readonly int[][] _boundaries;

        /// <param name="zone">The meter's time zone: bands, windows and holidays are local.</param>
        /// <param name="bands">Rate bands from 00:00, in order.</param>
        /// <param name="escalations">Price steps by length of stay, in order (may be empty).</param>
        /// <param name="week">Seven arrays of windows, Sunday first; an empty array is a free day.</param>
        /// <param name="minimumPurchaseCents">Least a sale may cost.</param>
        /// <param name="maximumStayMinutes">Longest stay one plate may buy.</param>
        /// <param name="holidayDays">Local day numbers (see <see cref="Calendar"/>) that are free all day.</param>
        public Tariff(LocalTimeZone zone, RateBand[] bands, Escalation[] escalations, EnforcementWindow[][] week,
            long[] holidayDays, long minimumPurchaseCents, int maximumStayMinutes)
        {
            string problem = TariffRules.Check(bands, escalations, week, minimumPurchaseCents, maximumStayMinutes);
            if (problem != null)
            {
                throw new System.ArgumentException(problem);
            }

            Zone = zone;
            _bands = bands;
            _escalations = escalations;
            _week = week;
            _holidays = SortedCopy(holidayDays);
            MinimumPurchaseCents = minimumPurchaseCents;
            MaximumStayMinutes = maximumStayMinutes;
            _boundaries = new int[7][];
            for (int day = 0; day < 7; day++)
            {
                _boundaries[day] = Boundaries(bands, week[day]);
            }
        }

        /// <summary>The meter's time zone.</summary>
        public LocalTimeZone Zone { get; private set; }

        /// <summary>Least a sale may cost, cents.</summary>
        public long MinimumPurchaseCents { get; private set; }

        /// <summary>Longest stay one plate may buy, minutes.</summary>
        public int MaximumStayMinutes { get; private set; }

        /// <summary>How many rate bands.</summary>
        public int BandCount
        {
            get { return _bands.Length; }
        }

        /// <summary>Rate band <paramref name="index"/>, in time order.</summary>
        public RateBand Band(int index)
        {
            return _bands[index];
        }

        /// <summary>How many escalation steps.</summary>
        public int EscalationCount
        {
            get { return _escalations.Length; }
        }

        /// <summary>Escalation step <paramref name="index"/>, in order.</summary>
        public Escalation EscalationAt(int index)
        {
            return _escalations[index];
        }

        /// <summary>Enforcement windows of a weekday (0 = Sunday).</summary>
        public EnforcementWindow[] Windows(int dayOfWeek)
        {
            return _week[dayOfWeek];
        }

        /// <summary>How many holidays.</summary>
        public int HolidayCount
        {
            get { return _holidays.Length; }
        }

        /// <summary>Holiday <paramref name="index"/>, as a local day number (see <see cref="Calendar"/>), sorted.</summary>
        public long Holiday(int index)
        {
            return _holidays[index];
        }

        /// <summary>True when local day number <paramref name="localDay"/> is a holiday.</summary>
        public bool IsHoliday(long localDay)
        {
            int low = 0;
            int high = _holidays.Length - 1;
            while (low <= high)
            {
                int mid = (low + high) / 2;
                if (_holidays[mid] == localDay)
                {
                    return true;
                }

                if (_holidays[mid] < localDay)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return false;
        }

        /// <summary>True when parking must be paid for at this local day and millisecond of the day.</summary>
        public bool IsEnforced(long localDay, long msOfDay)
        {
            if (IsHoliday(localDay))
            {
                return false;
            }

            EnforcementWindow[] windows = _week[Calendar.DayOfWeek(localDay)];
            for (int i = 0; i < windows.Length; i++)
            {
                if (msOfDay >= windows[i].StartMinuteOfDay * Calendar.MsPerMinute && msOfDay < windows[i].EndMinuteOfDay * Calendar.MsPerMinute)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The band in force at a millisecond of the local day.</summary>
        public RateBand BandAt(long msOfDay)
        {
            int index = 0;
            while (index + 1 < _bands.Length && _bands[index + 1].StartMinuteOfDay * Calendar.MsPerMinute <= msOfDay)
            {
                index++;
            }

            return _bands[index];
        }

        /// <summary>Escalation percent for a stay that has lasted the given minutes (100 before any step).</summary>
        public int PercentAfter(long stayMinutes)
        {
            int percent = 100;
            for (int i = 0; i < _escalations.Length && _escalations[i].AfterMinutes <= stayMinutes; i++)
            {
                percent = _escalations[i].Percent;
            }

            return percent;
        }

        /// <summary>The first local minute-of-day after <paramref name="msOfDay"/> at which the price may change (1440 at the latest).</summary>
        public int NextBoundaryMinute(int dayOfWeek, long msOfDay)
        {
            int[] boundaries = _boundaries[dayOfWeek];
            for (int i = 0; i < boundaries.Length; i++)
            {
                if (boundaries[i] * Calendar.MsPerMinute > msOfDay)
                {
                    return boundaries[i];
                }
            }

            return Calendar.MinutesPerDay;
        }

        private static int[] Boundaries(RateBand[] bands, EnforcementWindow[] windows)
        {
            int[] all = new int[bands.Length + 2 * windows.Length + 1];
            int count = 0;
            for (int i = 0; i < bands.Length; i++)
            {
                all[count++] = bands[i].StartMinuteOfDay;
            }

            for (int i = 0; i < windows.Length; i++)
            {
                all[count++] = windows[i].StartMinuteOfDay;
                all[count++] = windows[i].EndMinuteOfDay;
            }

            all[count++] = Calendar.MinutesPerDay;
            Collections.Sort.Ints(all, count);
            return all;
        }

        private static long[] SortedCopy(long[] values)
        {
            long[] copy = new long[values.Length];
            System.Array.Copy(values, copy, values.Length);
            Collections.Sort.Longs(copy, copy.Length);
            return copy;
        }
    }
}
