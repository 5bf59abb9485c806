using System;
using Meter.Core.Tariffs;
using Meter.Core.Time;

namespace Meter.Core.Tests.Tariffs;

/// <summary>Tariffs and times for the tariff tests. Expected instants are built with DateTimeOffset, not the core.</summary>
public static class TestTariffs
{
    public static readonly DstRule NorthAmerica = new(3, 2, 0, 120, 11, 1, 0, 120, 60);
    public static readonly LocalTimeZone Eastern = new(-300, NorthAmerica);

    /// <summary>
    /// A downtown street: Monday to Saturday 08:00-18:00; $2.00/h, $3.00/h over lunch (12:00-14:00);
    /// 150 % after two hours; minimum $0.25; maximum stay 3 h; Christmas 2026 free.
    /// </summary>
    public static Tariff Downtown(int maximumStayMinutes = 180, long minimumCents = 25) => new(
        Eastern,
        new[] { new RateBand(0, 0, 60), new RateBand(480, 200, 60), new RateBand(720, 300, 60), new RateBand(840, 200, 60), new RateBand(1080, 0, 60) },
        new[] { new Escalation(120, 150) },
        Week(Day(480, 1080), sunday: Array.Empty<EnforcementWindow>()),
        new[] { DateOnlyDays(2026, 12, 25) },
        minimumCents,
        maximumStayMinutes);

    /// <summary>Always enforced at one flat rate: isolates calendar and daylight-saving effects.</summary>
    public static Tariff Flat(long centsPerHour, int maximumStayMinutes = 600, long minimumCents = 0) => new(
        Eastern,
        new[] { new RateBand(0, centsPerHour, 60) },
        Array.Empty<Escalation>(),
        Week(Day(0, 1440), sunday: Day(0, 1440)),
        Array.Empty<long>(),
        minimumCents,
        maximumStayMinutes);

    public static EnforcementWindow[] Day(params int[] edges)
    {
        var windows = new EnforcementWindow[edges.Length / 2];
        for (int i = 0; i < windows.Length; i++)
        {
            windows[i] = new EnforcementWindow(edges[2 * i], edges[2 * i + 1]);
        }

        return windows;
    }

    public static EnforcementWindow[][] Week(EnforcementWindow[] weekday, EnforcementWindow[] sunday) =>
        new[] { sunday, weekday, weekday, weekday, weekday, weekday, weekday };

    public static long DateOnlyDays(int year, int month, int day) => (long)(new DateTime(year, month, day) - DateTime.UnixEpoch).TotalDays;

    /// <summary>A local wall time with its known UTC offset in hours, as UTC milliseconds.</summary>
    public static long At(int year, int month, int day, int hour, int minute, int offsetHours, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours)).ToUnixTimeMilliseconds();

    public static long Minutes(double minutes) => (long)(minutes * 60_000);
}
