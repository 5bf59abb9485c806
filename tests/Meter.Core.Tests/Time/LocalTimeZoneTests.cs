using System;
using Meter.Core.Time;
using Xunit;

namespace Meter.Core.Tests.Time;

public class LocalTimeZoneTests
{
    public static readonly DstRule NorthAmerica = new(3, 2, 0, 120, 11, 1, 0, 120, 60);
    public static readonly DstRule Europe = new(3, DstRule.LastWeek, 0, 120, 10, DstRule.LastWeek, 0, 180, 60);
    public static readonly DstRule Chile = new(9, 1, 0, 0, 4, 1, 0, 0, 60); // southern hemisphere, simplified

    [Theory]
    [InlineData("north america", -300)]
    [InlineData("europe", 60)]
    [InlineData("southern", -240)]
    public void OffsetMs_MatchesTimeZoneInfo_EveryHalfHourFor2025To2028(string name, int offset)
    {
        var rule = name switch { "north america" => NorthAmerica, "europe" => Europe, _ => Chile };
        var zone = new LocalTimeZone(offset, rule);
        var oracle = Oracle(offset, rule);

        for (var utc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc); utc.Year < 2029; utc = utc.AddMinutes(30))
        {
            long ms = (long)(utc - DateTime.UnixEpoch).TotalMilliseconds;
            long expected = (long)oracle.GetUtcOffset(utc).TotalMilliseconds;

            Assert.True(expected == zone.OffsetMs(ms), $"offset at {utc:O}: expected {expected}, got {zone.OffsetMs(ms)}");
        }
    }

    [Fact]
    public void NextTransitionUtc_FindsSpringAndFallChangesOf2026()
    {
        var zone = new LocalTimeZone(-300, NorthAmerica);
        long jan = Ms(new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc));

        long spring = zone.NextTransitionUtc(jan);
        long fall = zone.NextTransitionUtc(spring);

        Assert.Equal(Ms(new DateTime(2026, 3, 8, 7, 0, 0, DateTimeKind.Utc)), spring);
        Assert.Equal(Ms(new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc)), fall);
        Assert.Equal(long.MaxValue, new LocalTimeZone(-300, null).NextTransitionUtc(jan));
    }

    [Fact]
    public void ToUtc_MapsGapToTheChange_AndRepeatedHourToItsFirstOccurrence()
    {
        var zone = new LocalTimeZone(-300, NorthAmerica);

        long inGap = Ms(new DateTime(2026, 3, 8, 2, 30, 0));
        long repeated = Ms(new DateTime(2026, 11, 1, 1, 30, 0));
        long ordinary = Ms(new DateTime(2026, 7, 1, 12, 0, 0));

        Assert.Equal(Ms(new DateTime(2026, 3, 8, 7, 0, 0)), zone.ToUtc(inGap));
        Assert.Equal(Ms(new DateTime(2026, 11, 1, 5, 30, 0)), zone.ToUtc(repeated));
        Assert.Equal(Ms(new DateTime(2026, 7, 1, 16, 0, 0)), zone.ToUtc(ordinary));
    }

    private static long Ms(DateTime time) => (long)(time - DateTime.UnixEpoch).TotalMilliseconds;

    private static TimeZoneInfo Oracle(int offsetMinutes, DstRule rule)
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
            new DateTime(1, 1, 1, rule.StartMinuteOfDay / 60, rule.StartMinuteOfDay % 60, 0), rule.StartMonth, rule.StartWeek, (DayOfWeek)rule.StartDayOfWeek);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
            new DateTime(1, 1, 1, rule.EndMinuteOfDay / 60, rule.EndMinuteOfDay % 60, 0), rule.EndMonth, rule.EndWeek, (DayOfWeek)rule.EndDayOfWeek);
        var adjustment = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromMinutes(rule.SaveMinutes), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("test", TimeSpan.FromMinutes(offsetMinutes), "test", "std", "dst", new[] { adjustment });
    }
}
