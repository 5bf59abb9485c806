using System;
using System.Globalization;
using Xunit;
using Meter.Core.Money;

namespace Meter.Core.Tests.Money;

public class CentsTests
{
    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(1450, "14.50")]
    [InlineData(99999999, "999999.99")]
    [InlineData(100, "1.00")]
    public void ToOpsComAmount_WritesTwoDecimals(long cents, string expected)
    {
        Assert.Equal(expected, Cents.ToOpsComAmount(cents));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100000000)]
    public void ToOpsComAmount_OutOfRange_Throws_NeverClamps(long cents)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cents.ToOpsComAmount(cents));
    }

    [Fact]
    public void Format_MatchesDecimalFormatting()
    {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            long cents = random.NextInt64(0, 100000000);
            string expected = (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

            Assert.Equal(expected, Cents.Format(cents));
            Assert.True(Cents.TryParse(expected, out long back));
            Assert.Equal(cents, back);
        }
    }

    [Theory]
    [InlineData("2", 200)]
    [InlineData("2.5", 250)]
    [InlineData("0.05", 5)]
    [InlineData("999999.99", 99999999)]
    public void TryParse_AcceptsPlainAmounts(string text, long cents)
    {
        Assert.True(Cents.TryParse(text, out long parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1.234")]
    [InlineData("-1.00")]
    [InlineData("+1.00")]
    [InlineData(" 1.00")]
    [InlineData("1,00")]
    [InlineData("1000000.00")]
    [InlineData("abc")]
    public void TryParse_RejectsAnythingElse(string text)
    {
        Assert.False(Cents.TryParse(text, out _));
    }

    [Theory]
    [InlineData("14.50", true)]
    [InlineData("0.01", true)]
    [InlineData("0.00", false)]
    [InlineData("14.5", false)]
    [InlineData("14", false)]
    [InlineData("1000000.00", false)]
    public void TryParseOpsComAmount_FollowsTheSeedsRule(string text, bool valid)
    {
        Assert.Equal(valid, Cents.TryParseOpsComAmount(text, out _));
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(-1)]
    [InlineData(-100)]
    [InlineData(-12345)]
    [InlineData(0)]
    [InlineData(7)]
    public void Format_AnyCents_MatchesDecimalFormatting_WithoutRecursingForever(long cents)
    {
        Assert.Equal((cents / 100m).ToString("0.00", CultureInfo.InvariantCulture), Cents.Format(cents));
    }
}
