using Meter.TestKit.Fakes;
using System.Linq;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>Coins are counted once, credit inserted before a power cut is bought after it, and collections close periods with every cent explained.</summary>
public class AuditLedgerTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);

    [Fact]
    public void CoinsThenPowerCut_AtBootTheCreditBuysItsTime_AndIsCountedOnce()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Coin(25);

        var after = BootedMeter.Boot(fs, _clock);

        var permit = after.Journal.FindByPlate("A").Single();
        Assert.Equal(125, permit.AmountCents);
        Assert.Contains("inserted before the power went bought " + permit.PermitNo, after.Log.Text());
        var audit = after.Audit(out long inSale);
        Assert.Equal((125L, 125L, 1, 0L, 0L), (audit.CashCents, audit.SoldCents, audit.SoldCount, audit.Unexplained(inSale), inSale));
        Assert.Equal(new[] { 0, 0, 1, 1, 0, 0, 0, 0 }, audit.CoinCounts);
        var again = BootedMeter.Boot(fs, _clock);
        Assert.Single(again.Journal.FindByPlate("A"));
        Assert.Equal(125, again.Audit().SoldCents);
    }

    [Fact]
    public void AddedTimeCreditThenPowerCut_AtBootExtendsThePermit()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#');
        long end = meter.Journal.FindByPlate("A").Single().EndUtcMs;
        meter.Press('#');
        meter.TypePlate();
        meter.Coin(100);

        var after = BootedMeter.Boot(fs, _clock);

        var permit = after.Journal.FindByPlate("A").Single();
        Assert.Equal(200, permit.AmountCents);
        Assert.True(permit.EndUtcMs > end);
        var audit = after.Audit();
        Assert.Equal((200L, 100L, 1, 100L, 1), (audit.CashCents, audit.SoldCents, audit.SoldCount, audit.AddedCents, audit.AddedCount));
    }

    [Fact]
    public void SaleRecorded_WritesNoAudit_AndAPowerCutThenCountsItOnce()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.TypePlate();
        meter.Coin(100);
        var audit = AuditFiles(fs);

        meter.Press('#');

        Assert.Equal(audit, AuditFiles(fs));
        Assert.Equal(100, meter.Audit().SoldCents);
        var after = BootedMeter.Boot(fs, _clock);
        Assert.Single(after.Journal.FindByPlate("A"));
        Assert.Equal((100L, 1, 100L), (after.Audit().SoldCents, after.Audit().SoldCount, after.Audit().CashCents));
        Assert.Contains("was recorded before the power went", after.Log.Text());
    }

    [Fact]
    public void AddedTimeSplitOffByTheWorker_ThenPowerCut_IsFoundRecorded_NotSoldAgain()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#', '#');
        int seq = meter.Journal.FindByPlate("A").Single().Seq;
        // OPSCOM holds the push without a reference id (9022): added time can only go as a permit of its own.
        meter.Journal.RecordDelivered(seq);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#');
        var extra = meter.Journal.SplitAddedTime(seq, _clock.UtcMs);

        var after = BootedMeter.Boot(fs, _clock);

        Assert.Equal(new[] { 100L, 100L }, after.Journal.FindByPlate("A").Select(p => p.AmountCents).ToArray());
        Assert.Equal(seq, after.Journal.Find(extra.Seq)!.LinkedSeq);
        var audit = after.Audit();
        Assert.Equal((200L, 100L, 100L, 1), (audit.CashCents, audit.SoldCents, audit.AddedCents, audit.AddedCount));
    }

    [Fact]
    public void NoCredit_NothingHappensAtBoot()
    {
        var fs = new SimulatedLittleFs();
        BootedMeter.Boot(fs, _clock);

        var after = BootedMeter.Boot(fs, _clock);

        Assert.Empty(after.Journal.Snapshot());
        Assert.DoesNotContain("credit", after.Log.Text());
        Assert.Equal((1, 0L), (after.Audit().Period, after.Audit().CashCents));
    }

    [Fact]
    public void CoinsPastTheMaximumStay_AreOverpaid_AndExplained()
    {
        var meter = BootedMeter.Boot(new SimulatedLittleFs(), _clock);
        meter.TypePlate();
        for (int i = 0; i < 12 && meter.Loop.Flow.Paying; i++)
        {
            meter.Coin(100);
        }

        meter.Idle(60_000);
        meter.Coin(25);

        var audit = meter.Audit(out long inSale);
        var permit = meter.Journal.FindByPlate("A").Single();
        Assert.Equal(audit.CashCents, permit.AmountCents + audit.OverpaidCents);
        Assert.True(audit.OverpaidCents >= 25, "a coin with no sale to take it is overpaid");
        Assert.Equal(0, audit.Unexplained(inSale));
    }

    [Fact]
    public void UnknownPulseTrainsAndJams_AreCountedForTheCollection()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        meter.Input(InputKind.UnknownCoin, 7);
        meter.Input(InputKind.Jam, 1);
        meter.Input(InputKind.Jam, 0);

        var audit = BootedMeter.Boot(fs, _clock).Audit();

        Assert.Equal((1, 1, 0L), (audit.UnknownTrains, audit.Jams, audit.CashCents));
    }

    private static string AuditFiles(SimulatedLittleFs fs) =>
        string.Join("|", PermitJournal.AuditFileNames.Select(name => System.Convert.ToHexString(fs.Peek(name) ?? System.Array.Empty<byte>())));
}
