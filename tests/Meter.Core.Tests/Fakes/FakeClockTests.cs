using Meter.TestKit.Fakes;
using Xunit;

namespace Meter.Core.Tests.Fakes;

public class FakeClockTests
{
    [Fact]
    public void SetUtc_TrustsWallTime_WithoutMovingMonotonicTime()
    {
        var clock = new FakeClock();
        clock.Advance(1500);

        clock.SetUtc(1_800_000_000_000);

        Assert.True(clock.IsUtcTrusted);
        Assert.Equal(1500, clock.MonotonicMs);
        Assert.Equal(1_800_000_000_000, clock.UtcMs);
    }
}
