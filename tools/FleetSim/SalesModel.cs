using Meter.Core.Time;

namespace FleetSim;

/// <summary>
/// Motorists at one meter: arrivals by hour of day (morning, lunch and evening peaks, none while parking
/// is free at night), plates from the meter's pool, stays of 15-180 minutes; some come back to add time
/// before their permit ends, and an operator voids one now and then.
/// </summary>
public sealed class SalesModel
{
    /// <summary>Relative arrivals per local hour 0-23 (07:00-21:00 enforced on weekdays).</summary>
    public static readonly double[] HourWeights =
    {
        0, 0, 0, 0, 0, 0, 0, 0.6, 1.3, 1.1, 1.0, 1.2, 1.5, 1.4, 1.0, 0.9, 1.1, 1.3, 1.0, 0.6, 0.4, 0, 0, 0,
    };

    /// <summary>Share of sales whose motorist comes back to add time.</summary>
    public const double AddTimeShare = 0.15;

    /// <summary>Share of sales an operator voids.</summary>
    public const double VoidShare = 0.01;

    /// <summary>Sales a meter makes on a weekday, on average.</summary>
    public double SalesPerDay { get; init; } = 80;

    /// <summary>Every visit to a meter over [from, to), in time order, drawn from <paramref name="random"/>.</summary>
    public List<Visit> Visits(int meter, long fromUtcMs, long toUtcMs, LocalTimeZone zone, Random random)
    {
        double weightSum = HourWeights.Sum();
        var visits = new List<Visit>();
        int plates = 0;
        for (long hourStart = fromUtcMs - fromUtcMs % 3_600_000; hourStart < toUtcMs; hourStart += 3_600_000)
        {
            int localHour = (int)(Calendar.TimeOfDayMs(zone.ToLocal(hourStart)) / 3_600_000);
            double expected = SalesPerDay * HourWeights[localHour] / weightSum;
            int count = Poisson(expected, random);
            for (int i = 0; i < count; i++)
            {
                long at = hourStart + (long)(random.NextDouble() * 3_600_000);
                if (at < fromUtcMs || at >= toUtcMs)
                {
                    continue;
                }

                int stay = 15 + random.Next(166);
                string plate = "M" + meter.ToString("D3") + "P" + (plates++ % 400).ToString("D3");
                long? addTimeAt = random.NextDouble() < AddTimeShare ? at + (long)(stay * 60_000L * (0.3 + 0.6 * random.NextDouble())) : null;
                long? voidAt = random.NextDouble() < VoidShare ? at + random.Next(1, 11) * 60_000L : null;
                visits.Add(new Visit(at, plate, stay, addTimeAt, voidAt));
            }
        }

        visits.Sort((a, b) => a.AtUtcMs.CompareTo(b.AtUtcMs));
        return visits;
    }

    private static int Poisson(double mean, Random random)
    {
        // Knuth's method: fine for the small means of one meter-hour.
        double limit = Math.Exp(-mean);
        double product = random.NextDouble();
        int count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
