using Meter.Core.Time;

namespace Meter.Core.Tariffs
{
    /// <summary>
    /// The cross-field rules a tariff must satisfy. Shared by the Tariff constructor and the
    /// configuration reader, which reports the reason against the line it came from.
    /// </summary>
    public static class TariffRules
    {
        /// <summary>Returns null when the parts form a valid tariff, else the reason.</summary>
        public static string Check(RateBand[] bands, Escalation[] escalations, EnforcementWindow[][] week,
            long minimumPurchaseCents, int maximumStayMinutes)
        {
            int bad;
            string problem = CheckBands(bands, out bad);
            if (problem == null)
            {
                problem = CheckEscalations(escalations, out bad);
            }

            if (problem == null && (week == null || week.Length != 7))
            {
                problem = "enforcement needs one entry per weekday";
            }

            for (int day = 0; problem == null && day < 7; day++)
            {
                problem = CheckWindows(week[day]);
            }

            if (problem == null)
            {
                problem = CheckLimits(minimumPurchaseCents, maximumStayMinutes);
            }

            return problem;
        }

        /// <summary>Escalation steps: positive thresholds in increasing order, sane percents. <paramref name="bad"/> is the offending index.</summary>
        public static string CheckEscalations(Escalation[] escalations, out int bad)
        {
            for (bad = 0; bad < escalations.Length; bad++)
            {
                if (escalations[bad].AfterMinutes <= 0 || escalations[bad].Percent < 1 || escalations[bad].Percent > 1000)
                {
                    return "escalation needs minutes after the start > 0 and a percent from 1 to 1000";
                }

                if (bad > 0 && escalations[bad].AfterMinutes <= escalations[bad - 1].AfterMinutes)
                {
                    return "escalations must be in increasing order of minutes";
                }
            }

            bad = -1;
            return null;
        }

        /// <summary>One day's enforcement windows: each within the day, in order, not overlapping.</summary>
        public static string CheckWindows(EnforcementWindow[] windows)
        {
            for (int i = 0; i < windows.Length; i++)
            {
                if (windows[i].StartMinuteOfDay < 0 || windows[i].EndMinuteOfDay > Calendar.MinutesPerDay
                    || windows[i].StartMinuteOfDay >= windows[i].EndMinuteOfDay)
                {
                    return "an enforcement window must start before it ends, within the day";
                }

                if (i > 0 && windows[i].StartMinuteOfDay < windows[i - 1].EndMinuteOfDay)
                {
                    return "enforcement windows of a day must be in order and must not overlap";
                }
            }

            return null;
        }

        /// <summary>Null when the minimum purchase and maximum stay make sense, else why not.</summary>
        public static string CheckLimits(long minimumPurchaseCents, int maximumStayMinutes)
        {
            if (minimumPurchaseCents < 0)
            {
                return "minimum purchase cannot be negative";
            }

            if (maximumStayMinutes < 1 || maximumStayMinutes > Tariff.MaximumStayLimitMinutes)
            {
                return "maximum stay must be 1 minute to 7 days";
            }

            return null;
        }

        /// <summary>Rate bands: 1 to 48, the first at 00:00, in increasing order. <paramref name="bad"/> is the offending index.</summary>
        public static string CheckBands(RateBand[] bands, out int bad)
        {
            bad = 0;
            if (bands == null || bands.Length == 0 || bands.Length > Tariff.MaximumBands)
            {
                return "a tariff needs 1 to 48 rate bands";
            }

            if (bands[0].StartMinuteOfDay != 0)
            {
                return "the first rate band must start at 00:00 so the bands cover the whole day";
            }

            for (bad = 0; bad < bands.Length; bad++)
            {
                RateBand band = bands[bad];
                if (band.CentsPerBlock < 0 || band.CentsPerBlock > 100000)
                {
                    return "a band price must be 0.00 to 1000.00";
                }

                if (band.BlockMinutes < 1 || Calendar.MinutesPerDay % band.BlockMinutes != 0)
                {
                    return "a band's block of minutes must divide a day (1, 2, 5, 10, 15, 20, 30, 60, 120, ...)";
                }

                if (bad > 0 && band.StartMinuteOfDay <= bands[bad - 1].StartMinuteOfDay)
                {
                    return "rate bands must be in increasing order of start time";
                }

                if (band.StartMinuteOfDay >= Calendar.MinutesPerDay)
                {
                    return "a rate band must start before 24:00";
                }
            }

            bad = -1;
            return null;
        }
    }
}
