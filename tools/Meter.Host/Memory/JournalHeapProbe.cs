using Meter.Core;
using Meter.Core.Journal;
using Meter.Host.Storage;

namespace Meter.Host.Memory;

/// <summary>Journals holding a given number of permits, as after a reboot, for measuring what they keep in RAM.</summary>
public static class JournalHeapProbe
{
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>
    /// Heap bytes per retained permit by the model: the journal with 1,000 permits less the journal with
    /// 300, over 700 (both have used every ring file, whose index entries are a fixed cost).
    /// </summary>
    public static double BytesPerPermit(NanoHeapModel model) =>
        (model.Reachable(Retaining(1000)) - model.Reachable(Retaining(300))) / 700.0;

    /// <summary>
    /// A journal mounted with this many permits, every third pushed, its ring and audit in FRAM as on the device. RAM
    /// is measured, not flash: a roomy store.
    /// </summary>
    public static PermitJournal Retaining(int permits)
    {
        var (fs, fram) = Filled(permits);
        var journal = MeterAssembly.OpenJournal(fs, fram, Settings, "L4-0001");
        journal.Mount();
        return journal;
    }

    /// <summary>The flash and FRAM a meter leaves after this many sales, every third pushed (a power cut then: nothing in RAM).</summary>
    public static (SimulatedLittleFs Flash, MemoryFram Fram) Filled(int permits)
    {
        var fs = new SimulatedLittleFs(blockCount: 256);
        var fram = new MemoryFram();
        var writer = MeterAssembly.OpenJournal(fs, fram, Settings, "L4-0001");
        writer.Mount();
        for (int i = 0; i < permits; i++)
        {
            long now = Start + i * 1000L;
            var sale = writer.CommitSale("ABC" + (i % 10000).ToString("D4"), "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            if (i % 3 == 0)
            {
                writer.RecordPushed(sale.Seq, Guid.NewGuid().ToString());
            }

            writer.Maintain();
        }

        return (fs, fram);
    }

    private static readonly JournalSettings Settings = new(1 << 22, 100_000, 60);
}
