using Meter.TestKit.Fakes;
using System.Collections.Generic;
using System.Linq;
using Meter.Host.Storage;
using Meter.Core.Tests.Fakes;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>
/// Power cut at every storage operation of a sale and of added time, in three cut modes: every coin is
/// counted once (cash), its credit bought once (permits and revenue), and every cent is explained.
/// </summary>
public class AuditPowerCutTests
{
    private static readonly long[] SaleCoins = { 100, 25, 10 };
    private const long AddedCoin = 100;

    public static IEnumerable<object[]> Leaves() => new[] { new object[] { "nothing" }, new object[] { "torn" }, new object[] { "empty file" } };

    [Theory]
    [MemberData(nameof(Leaves))]
    public void PowerCut_AtEveryOperationOfASaleAndAddedTime_EveryCoinCountedAndBoughtOnce(string leaves)
    {
        long total = OperationsOfTheScript();
        for (long cut = 0; cut <= total + 1; cut++)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut) { TornWrites = leaves == "torn", EmptyFileOnCut = leaves == "empty file" };
            long at = cut;
            RunCutAndCheck(fs, null, () => fs.CutPowerAtOperation(at), leaves == "nothing" ? 0 : 1,
                "cut at " + cut + " of " + total + " (leaving " + leaves + ")");
        }
    }

    [Fact]
    public void PowerCut_AtEveryFramByteOfASaleAndAddedTime_EveryCoinCountedAndBoughtOnce()
    {
        // The device keeps the credit, the audit and the ring in FRAM: a cut at any byte written leaves the bytes before it.
        var (formatted, cuts) = FramCutsOfTheScript();
        Assert.True(formatted > 0 && cuts.Count > 40, "cut points: " + cuts.Count);
        foreach (long cut in cuts)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut);
            var fram = new FakeFram(sameSupply: fs);
            RunCutAndCheck(fs, fram, () => fram.CutPowerAtByte(cut), 1, "cut at FRAM byte " + cut);
        }
    }

    // Boots a meter, arms the cut, runs the script, boots again: each coin counted once and bought once, nothing left for the next boot.
    private static void RunCutAndCheck(SimulatedLittleFs fs, FakeFram? fram, System.Action arm, int interruptedWrites, string cutAt)
    {
        var clock = new FakeClock(Now, trusted: true);
        var meter = BootedMeter.Boot(fs, clock, fram: fram);
        arm();
        long counted = 0;
        int coins = 0;
        try
        {
            Script(meter, cents =>
            {
                if (!fs.IsPoweredOff)
                {
                    counted += cents;
                    coins++;
                }
            });
        }
        catch (PowerCutException)
        {
        }

        fs.Remount();
        fram?.Remount();
        var after = BootedMeter.Boot(fs, clock, fram: fram);
        var permits = after.Journal.FindByPlate("A");
        var audit = after.Audit(out long inSale);
        string where = cutAt + ": " + after.Log.Text();
        Assert.True(permits.Length == (counted == 0 ? 0 : 1), where);
        Assert.True(permits.Sum(p => p.AmountCents) == counted, "permit " + permits.Sum(p => p.AmountCents) + ", " + where);
        Assert.True((audit.CashCents, audit.RevenueCents, audit.CoinCounts.Sum()) == (counted, counted, coins),
            "cash " + audit.CashCents + " revenue " + audit.RevenueCents + ", " + where);
        Assert.True(audit.Unexplained(inSale) == 0 && inSale == 0, where);
        Assert.True(audit.InterruptedWrites <= interruptedWrites, where);

        var again = BootedMeter.Boot(fs, clock, fram: fram);
        Assert.True(again.Journal.RecoveredCredit == null, "credit left for the next boot, " + where);
        Assert.True((again.Audit().CashCents, again.Audit().RevenueCents, again.Journal.FindByPlate("A").Length) == (counted, counted, permits.Length),
            "the next boot changed the audit, " + where);
    }

    private static (long Formatted, List<long> Cuts) FramCutsOfTheScript()
    {
        var fs = new SimulatedLittleFs();
        var fram = new FakeFram(sameSupply: fs);
        var meter = BootedMeter.Boot(fs, new FakeClock(Now, trusted: true), fram: fram);
        long formatted = fram.BytesWritten;
        Script(meter, _ => { });
        return (formatted, fram.CutPointsSince(formatted).ToList());
    }

    // A sale of three coins, then time added with one coin: each coin reported once its step returned.
    private static void Script(BootedMeter meter, System.Action<long> coinDone)
    {
        meter.TypePlate();
        foreach (long coin in SaleCoins)
        {
            meter.Coin(coin);
            coinDone(coin);
        }

        meter.Press('#');
        meter.Press('#');
        meter.TypePlate();
        meter.Coin(AddedCoin);
        coinDone(AddedCoin);
        meter.Press('#');
    }

    private static long OperationsOfTheScript()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, new FakeClock(Now, trusted: true));
        long before = fs.Operations;
        Script(meter, _ => { });
        return fs.Operations - before;
    }

    // 10:30 UTC is 06:30 in the meter's zone, before the 07:00 window: every sale starts at 07:00.
    private static readonly long BeforeTheWindow = Now - 3 * 3_600_000 - 1_800_000;

    [Theory]
    [InlineData(100)]
    [InlineData(200)]
    public void Boot_CreditOfAPlateWhoseVoidedPermitStartsAlike_BuysItsOwnPermit(long secondCredit)
    {
        var clock = new FakeClock(BeforeTheWindow, trusted: true);
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#', '#');
        meter.Journal.RequestVoid(meter.Journal.FindByPlate("A").Single().Seq);
        meter.TypePlate();
        for (long paid = 0; paid < secondCredit; paid += 100)
        {
            meter.Coin(100);
        }

        // The power goes before '#'.
        var after = BootedMeter.Boot(fs, clock);

        var permits = after.Journal.FindByPlate("A");
        string log = after.Log.Text();
        Assert.True(permits.Length == 2, log);
        Assert.Equal(Meter.Core.Journal.PermitState.Voided, permits[0].State);
        Assert.Equal((Meter.Core.Journal.PermitState.Sold, secondCredit), (permits[1].State, permits[1].AmountCents));
        Assert.Equal(permits[0].StartUtcMs, permits[1].StartUtcMs);
        Assert.Equal((100 + secondCredit, 0L), (after.Audit().RevenueCents, after.Audit().Unexplained(0)));
    }

    [Fact]
    public void Boot_CreditWhoseSaleWasRecordedThenVoided_IsNotSoldAgain()
    {
        var clock = new FakeClock(BeforeTheWindow, trusted: true);
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, clock);
        meter.TypePlate();
        meter.Coin(100);
        meter.Press('#');
        meter.Journal.RequestVoid(meter.Journal.FindByPlate("A").Single().Seq);

        var after = BootedMeter.Boot(fs, clock);

        Assert.Equal(Meter.Core.Journal.PermitState.Voided, after.Journal.FindByPlate("A").Single().State);
        Assert.Equal((100L, 0L), (after.Audit().RevenueCents, after.Audit().Unexplained(0)));
        Assert.Contains("was recorded before the power went", after.Log.Text());
    }
}
