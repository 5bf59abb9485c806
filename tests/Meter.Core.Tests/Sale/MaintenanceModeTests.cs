using Meter.TestKit.Fakes;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>Maintenance mode sells test permits through the whole flow: never in the journal, never revenue, coins counted apart.</summary>
public class MaintenanceModeTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);

    [Fact]
    public void TestSale_RunsTheWholeFlow_ButIsNeverRecordedNorRevenue()
    {
        var meter = BootedMeter.Boot(new SimulatedLittleFs(), _clock);
        meter.Loop.RequestTestMode(true);
        meter.Idle(100);
        Assert.Equal("TEST MODE", meter.Loop.Flow.Screen.Title);

        meter.TypePlate();
        Assert.StartsWith("TEST ", meter.Loop.Flow.Screen.Title);
        meter.Coin(100);
        meter.Coin(25);
        meter.Press('#');

        Assert.Equal("TEST PAID", meter.Loop.Flow.Screen.Title);
        Assert.Empty(meter.Journal.Snapshot());
        var audit = meter.Audit(out long inSale);
        Assert.Equal((1, 2, 125L), (audit.TestSales, audit.TestCoins, audit.TestCashCents));
        Assert.Equal((0L, 0L, 0L), (audit.CashCents, audit.RevenueCents, audit.Unexplained(inSale)));
        Assert.Contains("not sent, not revenue", meter.Log.Text());
    }

    [Fact]
    public void TestSale_ForAPlateWithARealPermit_NeverExtendsIt()
    {
        var meter = BootedMeter.Boot(new SimulatedLittleFs(), _clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#', '#');
        var real = meter.Journal.Snapshot()[0];
        meter.Loop.RequestTestMode(true);
        meter.Idle(100);

        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#');

        var after = meter.Journal.Find(real.Seq)!;
        Assert.Equal((real.EndUtcMs, real.AmountCents), (after.EndUtcMs, after.AmountCents));
        Assert.Single(meter.Journal.Snapshot());
    }

    [Fact]
    public void TestMode_EndsWhenAsked_AfterItsTimeout_AndAtAPowerCut()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.Loop.RequestTestMode(true);
        meter.Idle(100);
        meter.Loop.RequestTestMode(false);
        meter.Idle(100);
        Assert.False(meter.Loop.TestMode);

        meter.Loop.RequestTestMode(true);
        meter.Idle(100);
        meter.Idle(UiStep.TestModeMs - 1000);
        Assert.True(meter.Loop.TestMode);
        meter.Idle(2000);
        Assert.False(meter.Loop.TestMode);
        Assert.Contains("minutes without a test sale", meter.Log.Text());

        meter.Loop.RequestTestMode(true);
        meter.Idle(100);
        meter.TypePlate();
        meter.Coin(100);
        var after = BootedMeter.Boot(fs, _clock);
        Assert.False(after.Loop.TestMode);
        Assert.Empty(after.Journal.Snapshot());
        Assert.Equal((1, 100L, 0L), (after.Audit().TestSales, after.Audit().TestCashCents, after.Audit().CashCents));
        after.TypePlate();
        after.Coin(100);
        after.Press('#');
        Assert.Single(after.Journal.Snapshot());
    }
}
