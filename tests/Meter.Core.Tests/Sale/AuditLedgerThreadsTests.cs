using Meter.TestKit.Fakes;
using System.Linq;
using System.Threading;
using Meter.Core.Journal;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>The console's collection and the UI's coins on their own threads, interleaved at a chosen write.</summary>
public class AuditLedgerThreadsTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);

    [Fact]
    public void CoinDuringACollectionsWrite_WaitsForIt_AndCountsInTheNewPeriod()
    {
        var fs = new SimulatedLittleFs();
        var store = new ScriptedFileStore(fs);
        var meter = BootedMeter.Boot(fs, _clock, store);
        meter.TypePlate();
        meter.Coin(100);
        Thread? ui = null;
        bool passedTheCollection = false;
        store.DuringReplaceOf(name => PermitJournal.CollectionFileNames.Contains(name), () =>
        {
            ui = new Thread(() => meter.Coin(25));
            ui.Start();
            // The UI thread reaches the ledger while the collection is half written: it must wait.
            passedTheCollection = ui.Join(300);
        });

        var closed = meter.Loop.Audit.Collect(_clock.UtcMs, out _);
        ui!.Join();

        Assert.False(passedTheCollection, "a coin was counted while the collection was being written");
        var open = meter.Audit(out long inSale);
        Assert.Equal((100L, 100L), (closed.CashCents, closed.InSaleAtCollectionCents));
        Assert.Equal((25L, 100L, 125L, 0L), (open.CashCents, open.CarriedInCents, inSale, open.Unexplained(inSale)));
        var after = BootedMeter.Boot(fs, _clock).Audit();
        Assert.Equal((2, 25L), (after.Period, after.CashCents));
    }
}
