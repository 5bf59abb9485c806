using Meter.TestKit.Fakes;
using System.Linq;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>A collection closes the period at any point of a sale: every coin is in one period's cash, every cent explained.</summary>
public class CollectionTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);

    // The steps of a sale then added time; a collection after step n.
    private static readonly System.Action<BootedMeter>[] Steps =
    {
        m => m.TypePlate(),
        m => m.Coin(100),
        m => m.Coin(25),
        m => m.Press('#'),
        m => m.Press('#'),
        m => m.TypePlate(),
        m => m.Coin(100),
        m => m.Press('#'),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Collection_AtAnyPointOfASale_SplitsTheCashWithNothingUnexplained(int collectAfter)
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        Meter.Core.Journal.AuditTotals closed = null!;
        for (int step = 0; step < Steps.Length; step++)
        {
            Steps[step](meter);
            if (step == collectAfter)
            {
                _clock.Advance(1000);
                closed = meter.Loop.Audit.Collect(_clock.UtcMs, out _);
            }
        }

        var open = meter.Audit(out long inSale);
        Assert.Equal(0, closed.Unexplained(closed.InSaleAtCollectionCents));
        Assert.Equal(0, open.Unexplained(inSale));
        Assert.Equal(225, closed.CashCents + open.CashCents);
        Assert.Equal(225, closed.RevenueCents + open.RevenueCents);
        Assert.Equal(closed.InSaleAtCollectionCents, open.CarriedInCents);
        Assert.Equal((1, 2), (closed.Period, open.Period));
        Assert.Equal(closed.EndUtcMs, open.StartUtcMs);
        Assert.Equal(225, meter.Journal.FindByPlate("A").Single().AmountCents);

        // The same after a reboot: the collection and the open period come back from flash.
        var after = BootedMeter.Boot(fs, _clock);
        var kept = after.Loop.Audit.Collections.Single();
        Assert.Equal((closed.CashCents, closed.RevenueCents, closed.InSaleAtCollectionCents), (kept.CashCents, kept.RevenueCents, kept.InSaleAtCollectionCents));
        Assert.Equal((open.Period, open.CashCents, open.RevenueCents), (after.Audit().Period, after.Audit().CashCents, after.Audit().RevenueCents));
    }

    [Fact]
    public void Collections_KeepTheLastTwelve_OldestFirst()
    {
        var fs = new SimulatedLittleFs();
        var meter = BootedMeter.Boot(fs, _clock);
        for (int i = 0; i < 14; i++)
        {
            meter.Coin(5);
            _clock.Advance(60_000);
            meter.Loop.Audit.Collect(_clock.UtcMs, out _);
        }

        var kept = BootedMeter.Boot(fs, _clock).Loop.Audit.Collections;

        Assert.Equal(Enumerable.Range(3, 12), kept.Select(c => c.Period));
        Assert.All(kept, c => Assert.Equal((5L, 5L), (c.CashCents, c.OverpaidCents)));
    }

    [Fact]
    public void PowerCut_DuringACollection_LeavesEitherTheOldPeriodOrTheNewOne()
    {
        for (long cut = 0; cut <= 3; cut++)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut) { TornWrites = true };
            var meter = BootedMeter.Boot(fs, _clock);
            meter.TypePlate();
            meter.Coin(100);
            fs.CutPowerAtOperation(cut);
            bool collected = true;
            try
            {
                meter.Loop.Audit.Collect(_clock.UtcMs, out _);
            }
            catch (PowerCutException)
            {
                collected = false;
            }

            fs.Remount();
            var after = BootedMeter.Boot(fs, _clock);
            var kept = after.Loop.Audit.Collections;
            var open = after.Audit();
            long cash = kept.Sum(c => c.CashCents) + open.CashCents;
            string where = "cut at " + cut + ": " + after.Log.Text();
            Assert.True(cash == 100 && open.Unexplained(0) == 0, where);
            Assert.True(kept.Length == (open.Period == 2 ? 1 : 0), where);
            Assert.True(!collected || kept.Length == 1, where);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PowerCut_BetweenTheCollectionAndTheNewPeriod_CountsEverySaleOnce(bool paidBeforeCollection)
    {
        var fs = new SimulatedLittleFs();
        var store = new ScriptedFileStore(fs);
        var meter = BootedMeter.Boot(fs, _clock, store);
        meter.TypePlate();
        meter.Coin(100);
        if (paidBeforeCollection)
        {
            meter.Press('#');
        }

        store.DuringReplaceOf(name => Meter.Core.Journal.PermitJournal.AuditFileNames.Contains(name), () => fs.CutPowerAtOperation(0));
        meter.Loop.Audit.Collect(_clock.UtcMs, out string? warning);
        fs.Remount();
        var after = BootedMeter.Boot(fs, _clock);

        Assert.NotNull(warning);
        var kept = after.Loop.Audit.Collections.Single();
        var open = after.Audit(out long inSale);
        string log = after.Log.Text();
        Assert.True((100L, paidBeforeCollection ? 100L : 0L) == (kept.CashCents, kept.RevenueCents), log);
        Assert.True((0L, paidBeforeCollection ? 0L : 100L, 0L) == (open.CashCents, open.RevenueCents, open.Unexplained(inSale)), log);
        Assert.Equal(100, after.Journal.FindByPlate("A").Single().AmountCents);
    }
}
