using System.Collections.Generic;
using System.Linq;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>Credit inserted before a power cut is bought or accounted for after it: never lost, never sold twice.</summary>
public class CreditKeeperTests
{
    private static readonly Meter.Core.Config.MeterConfig Config = SaleFlowTests.Config();
    private readonly FakeClock _clock = new(Now, trusted: true);

    [Fact]
    public void CoinsThenPowerCut_AtBootTheCreditBuysItsTime()
    {
        var fs = new SimulatedLittleFs();
        var (loop, _) = Boot(fs);
        TypePlate(loop, '2');
        Coin(loop, 100);
        Coin(loop, 25);

        var (_, journal) = Boot(fs, out var log);

        var permit = journal.FindByPlate("A").Single();
        Assert.Equal(125, permit.AmountCents);
        Assert.Contains("inserted before the power went bought " + permit.PermitNo, log.Text());
        Assert.Null(Remounted(fs).RecoveredCredit);
    }

    [Fact]
    public void AddedTimeCreditThenPowerCut_AtBootExtendsThePermit()
    {
        var fs = new SimulatedLittleFs();
        var (loop, journal) = Boot(fs);
        TypePlate(loop, '2');
        Coin(loop, 100);
        Press(loop, '#');
        long end = journal.FindByPlate("A").Single().EndUtcMs;
        Press(loop, '#');
        TypePlate(loop, '2');
        Coin(loop, 100);

        var (_, after) = Boot(fs, out _);

        var permit = after.FindByPlate("A").Single();
        Assert.Equal(200, permit.AmountCents);
        Assert.True(permit.EndUtcMs > end);
    }

    [Fact]
    public void NoCredit_NothingHappensAtBoot()
    {
        var fs = new SimulatedLittleFs();
        Boot(fs);

        var (_, journal) = Boot(fs, out var log);

        Assert.Empty(journal.Snapshot());
        Assert.DoesNotContain("credit", log.Text());
    }

    public static IEnumerable<object[]> Leaves() => new[] { new object[] { "nothing" }, new object[] { "torn" }, new object[] { "empty file" } };

    // For every storage operation of a sale (three coins, then '#'): cut the power there and boot. The motorist
    // gets exactly one permit for every coin whose write completed (all three once the sale was recorded), or
    // none when no coin's write did; never two permits, never more than was inserted.
    [Theory]
    [MemberData(nameof(Leaves))]
    public void PowerCut_AtEveryOperationOfASale_CreditIsBoughtExactlyOnce(string leaves)
    {
        long[] coins = { 100, 25, 10 };
        long total = OperationsOfASale(coins);
        for (long cut = 0; cut <= total + 1; cut++)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut) { TornWrites = leaves == "torn", EmptyFileOnCut = leaves == "empty file" };
            var (loop, _) = Boot(fs);
            fs.CutPowerAtOperation(cut);
            long expected = 0;
            try
            {
                TypePlate(loop, '2');
                for (int i = 0; i < coins.Length; i++)
                {
                    Coin(loop, coins[i]);
                    if (!fs.IsPoweredOff)
                    {
                        expected += coins[i];
                    }
                }

                Press(loop, '#');
            }
            catch (PowerCutException)
            {
            }

            fs.Remount();
            var (_, journal) = Boot(fs, out var log);
            var permits = journal.FindByPlate("A");
            string where = "cut at " + cut + " of " + total + " (leaving " + leaves + "): " + log.Text();
            if (expected == 0)
            {
                Assert.True(permits.Length == 0, where);
            }
            else
            {
                Assert.True(permits.Length == 1, where);
                Assert.True(permits[0].AmountCents == expected, "amount " + permits[0].AmountCents + ", " + where);
            }

            var again = Remounted(fs);
            Assert.True(again.RecoveredCredit == null && !again.CreditTorn, "credit left for the next boot, " + where);
        }
    }

    private long OperationsOfASale(long[] coins)
    {
        var fs = new SimulatedLittleFs();
        var (loop, _) = Boot(fs);
        long before = fs.Operations;
        TypePlate(loop, '2');
        foreach (long coin in coins)
        {
            Coin(loop, coin);
        }

        Press(loop, '#');
        return fs.Operations - before;
    }

    private (MeterLoop Loop, PermitJournal Journal) Boot(SimulatedLittleFs fs) => Boot(fs, out _);

    private static PermitJournal Remounted(SimulatedLittleFs fs)
    {
        var journal = new PermitJournal(fs, Config.Journal, Config.Meter.Id);
        journal.Mount();
        return journal;
    }

    private (MeterLoop Loop, PermitJournal Journal) Boot(SimulatedLittleFs fs, out MeterLog log)
    {
        var journal = new PermitJournal(fs, Config.Journal, Config.Meter.Id);
        journal.Mount();
        log = new MeterLog(16);
        var loop = new MeterLoop(Config, journal, _clock, new NullDisplay(), log);
        loop.Step();
        return (loop, journal);
    }

    private void TypePlate(MeterLoop loop, char key) => Press(loop, SaleFlowTests.WakeKey, key, 'A', '#');

    private void Coin(MeterLoop loop, long cents)
    {
        _clock.Advance(500);
        loop.Inputs.Enqueue(InputKind.Coin, cents);
        loop.Step();
    }

    private void Press(MeterLoop loop, params char[] keys)
    {
        foreach (char key in keys)
        {
            _clock.Advance(100);
            loop.Inputs.Enqueue(InputKind.Key, key);
            loop.Step();
        }
    }

    private sealed class NullDisplay : IDisplay
    {
        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
        }
    }
}
