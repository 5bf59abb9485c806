using Meter.Core;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.OpsCom;
using Meter.Core.Sale;
using Meter.Core.Storage;
using Meter.Core.Time;
using Meter.Host.Memory;
using Meter.Host.Storage;
using Meter.Core.Diagnostics;

namespace Meter.Bench;

/// <summary>
/// The journal's RAM: on nanoFramework's 32-bit heap by <see cref="NanoHeapModel"/> (per retained permit,
/// and the whole meter's core at boot), and on .NET for comparison. Host stand-ins for flash, the clock,
/// the display and the network are left out: on the device they are small adapters over native drivers.
/// </summary>
public static class JournalHeap
{
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    // The journal's FRAM store is core code on the device's heap; the flash and FRAM under it are native drivers.
    private static readonly NanoHeapModel Esp32 = new(12, o => o is IFileStore and not FramJournalStore or IFram or IHttpPort or IClock or IDisplay);

    /// <summary>32-bit heap bytes per retained permit (<see cref="JournalHeapProbe"/>).</summary>
    public static double NanoBytesPerPermit() => JournalHeapProbe.BytesPerPermit(Esp32);

    /// <summary>
    /// 32-bit heap bytes of the meter's core at boot holding this many permits, built as the device builds it
    /// (<see cref="MeterAssembly"/>: configuration, journal, UI step, sync engine and worker, console) after one UI pass.
    /// </summary>
    public static long NanoBootBytes(int permits)
    {
        var config = RepositoryPaths.CommittedConfig();
        var (flash, fram) = JournalHeapProbe.Filled(permits);
        var meter = new MeterAssembly(config, flash, fram, new Meter.Host.Net.SystemNetHttpPort(), new MeterSim.SimClock(Start, manual: true),
            new MeterSim.SimDisplay(), new MeterLog(64), new Random(1));
        meter.Loop.Step();
        return Esp32.Reachable(config, meter);
    }

    /// <summary>.NET heap bytes per retained permit, measured by the runtime.</summary>
    public static double DotNetBytesPerPermit()
    {
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var full = JournalHeapProbe.Retaining(1000);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        var empty = JournalHeapProbe.Retaining(0);
        long baseline = GC.GetTotalMemory(forceFullCollection: true) - after;
        GC.KeepAlive(full);
        GC.KeepAlive(empty);
        return (after - before - baseline) / 1000.0;
    }
}
