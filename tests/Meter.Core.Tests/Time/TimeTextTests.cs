using System;
using System.Globalization;
using Meter.Core.Time;
using Xunit;

namespace Meter.Core.Tests.Time;

public class TimeTextTests
{
    [Fact]
    public void FormatDateTime_MatchesDateTimeFormatting()
    {
        var random = new Random(3);
        for (int i = 0; i < 5000; i++)
        {
            long ms = random.NextInt64(946_684_800_000, 7_258_118_400_000); // 2000 to 2200
            string expected = DateTime.UnixEpoch.AddMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

            Assert.Equal(expected, TimeText.FormatDateTime(ms));
            Assert.True(TimeText.TryParseDateTime(expected, out long parsed));
            Assert.Equal(ms - ms % 1000, parsed);
        }
    }

    [Theory]
    [InlineData("00:00", 0)]
    [InlineData("08:30", 510)]
    [InlineData("24:00", 1440)]
    public void TryParseClock_ReadsHoursAndMinutes(string text, int minutes)
    {
        Assert.True(TimeText.TryParseClock(text, out int parsed));
        Assert.Equal(minutes, parsed);
        Assert.Equal(text, TimeText.FormatClock(parsed));
    }

    [Theory]
    [InlineData("8:30")]
    [InlineData("24:01")]
    [InlineData("12:60")]
    [InlineData("ab:cd")]
    [InlineData("")]
    public void TryParseClock_RejectsBadTimes(string text)
    {
        Assert.False(TimeText.TryParseClock(text, out _));
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-1-01")]
    [InlineData("1999-12-31")]
    [InlineData("2026-12-25T")]
    public void TryParseDate_RejectsDatesThatDoNotExist(string text)
    {
        Assert.False(TimeText.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("2018-07-02T24:00:00")]
    [InlineData("2018-07-02 09:00:00")]
    [InlineData("2018-07-02T09:00")]
    public void TryParseDateTime_RejectsOtherShapes(string text)
    {
        Assert.False(TimeText.TryParseDateTime(text, out _));
    }
}
