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
    [Fact]
    public void ARetainedPermit_CostsNoMoreThanTheBudget_OnTheEsp32Heap()
    {
        // The journal's FRAM store is core code on the heap; flash and FRAM under it are native.
        var model = new NanoHeapModel(12, o => o is IFileStore and not FramJournalStore or IFram);

        // Marginal: both journals have used every ring file, whose index entries are a fixed cost.
        double perPermit = JournalHeapProbe.BytesPerPermit(model);
        long fixedPart = model.Reachable(JournalHeapProbe.Retaining(300)) - (long)(300 * perPermit);

        Assert.InRange(perPermit, 20, NanoHeap.BytesPerPermit);
        Assert.InRange(fixedPart, 1000, NanoHeap.FixedJournalBytes);
        Assert.True(NanoHeap.BytesPerPermit <= 64, "the budget the issue set");
    }
}
