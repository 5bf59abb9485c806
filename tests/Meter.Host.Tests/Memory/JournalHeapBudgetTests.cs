using System;
using Meter.Core.Journal;
using Meter.Core.Storage;
using Meter.Host.Memory;
using Meter.Host.Storage;
using Xunit;

namespace Meter.Host.Tests.Memory;

/// <summary>The heap budget the config reader checks capacity_records against, kept in step with the heap model.</summary>
public class JournalHeapBudgetTests
{
    private static readonly long Now = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Fact]
    public void ARetainedPermit_CostsNoMoreThanTheBudget_OnTheEsp32Heap()
    {
        var model = new NanoHeapModel(12, o => o is IFileStore);

        // Marginal: both journals have used every ring file, whose index entries are a fixed cost.
        double perPermit = (model.Reachable(Mounted(1000)) - model.Reachable(Mounted(300))) / 700.0;
        long fixedPart = model.Reachable(Mounted(300)) - (long)(300 * perPermit);

        Assert.InRange(perPermit, 20, NanoHeap.BytesPerPermit);
        Assert.InRange(fixedPart, 1000, NanoHeap.FixedJournalBytes);
        Assert.True(NanoHeap.BytesPerPermit <= 64, "the budget the issue set");
    }

    // A journal mounted from flash with this many permits, every third pushed.
    private static PermitJournal Mounted(int permits)
    {
        var fs = new SimulatedLittleFs(blockCount: 256);
        var settings = new JournalSettings(1 << 22, 100_000, 60);
        var writer = new PermitJournal(fs, settings, "L4-0001");
        writer.Mount();
        for (int i = 0; i < permits; i++)
        {
            long now = Now + i * 1000L;
            var sale = writer.CommitSale("ABC" + i.ToString("D4"), "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            if (i % 3 == 0)
            {
                writer.RecordPushed(sale.Seq, Guid.NewGuid().ToString());
            }

            writer.Maintain();
        }

        var journal = new PermitJournal(fs, settings, "L4-0001");
        journal.Mount();
        return journal;
    }
}
