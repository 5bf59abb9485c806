using System.Text;
using Meter.Core.Journal;
using Xunit;

namespace Meter.Core.Tests.Journal;

public class JournalRulesTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Clip_NeverCutsASurrogatePairInHalf(int maximumBytes)
    {
        string text = "ab\U0001F697cd";

        string clipped = JournalRules.Clip(text, maximumBytes);

        Assert.True(Encoding.UTF8.GetByteCount(clipped) <= maximumBytes);
        Assert.Equal(clipped, Encoding.UTF8.GetString(new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(clipped)));
        Assert.StartsWith(clipped, text);
    }
}
