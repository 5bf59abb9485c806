using Meter.Core.Supervision;
using Xunit;

namespace Meter.Core.Tests.Supervision;

public class LoopWatchTests
{
    [Fact]
    public void IsStalled_WaitingBetweenPasses_NeverCounts()
    {
        var watch = new LoopWatch("sync worker", 1000);
        watch.PassStarted(0);
        watch.PassEnded();

        Assert.False(watch.IsStalled(3_600_000, out _));
    }

    [Fact]
    public void IsStalled_PassRunningPastTheLimit_SaysWhichLoopAndHowLong()
    {
        var watch = new LoopWatch("sync worker", 90_000);
        watch.PassStarted(10_000);

        Assert.False(watch.IsStalled(100_000, out _));
        Assert.True(watch.IsStalled(100_001, out string reason));
        Assert.Equal("sync worker stuck for 90 s (limit 90 s)", reason);
    }

    [Fact]
    public void PassEnded_CountsPassesAndClearsTheStall()
    {
        var watch = new LoopWatch("ui loop", 10);
        watch.PassStarted(0);
        Assert.True(watch.IsStalled(50, out _));

        watch.PassEnded();

        Assert.False(watch.IsStalled(50, out _));
        Assert.Equal(1, watch.Passes);
    }
}
