using Meter.Core;
using Meter.Core.Config;
using Meter.Core.Net;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Meter.Core.Diagnostics;

namespace Meter.Bench;

/// <summary>
/// Flash figures only the device's call sequence has (every open a commit): what a boot programs, and what
/// an hour of OPSCOM failing programs, with a thousand permits waiting on the partition.
/// </summary>
public static class DeviceFlash
{
    public const int Permits = 1000;
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>The partition and FRAM after <see cref="Permits"/> offline sales, each with the worker's maintenance after it.</summary>
    public static (SimulatedLittleFs Flash, FakeFram Fram) Offline(LittleFsStack stack = LittleFsStack.Device)
    {
        var fs = SimulatedLittleFs.Partition(stack: stack);
        var fram = new FakeFram();
        var journal = MeterAssembly.OpenJournal(fs, fram, Config.Journal, Config.Meter.Id);
        journal.Mount();
        for (int i = 0; i < Permits; i++)
        {
            long now = Start + i * 1000L;
            journal.CommitSale("ABC" + i.ToString("D4"), "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            journal.Maintain();
        }

        return (fs, fram);
    }

    /// <summary>
    /// Bytes programmed by the boot after a power cut with <see cref="Permits"/> permits held: the meter built as the
    /// device builds it (journal mounted, cash audit recovered, worker and console made).
    /// </summary>
    public static long BootProgrammedBytes(SimulatedLittleFs fs, FakeFram fram)
    {
        long before = fs.Flash.ProgrammedBytes;
        var meter = Boot(fs, fram, new Unavailable(), new FakeClock(Start + 7_200_000, trusted: true));
        if (meter.Recovery.Records != Permits)
        {
            throw new InvalidOperationException("boot found " + meter.Recovery);
        }

        return fs.Flash.ProgrammedBytes - before;
    }

    /// <summary>
    /// Bytes programmed in an hour of OPSCOM answering 503 to everything, after a boot with <see cref="Permits"/>
    /// permits waiting: the sync worker's own cycles (pushes, back-off, pruning, maintenance) on a fake clock.
    /// </summary>
    public static long OutageProgrammedPerHour(SimulatedLittleFs fs, FakeFram fram)
    {
        var clock = new FakeClock(Start + 7_200_000, trusted: true);
        var http = new Unavailable();
        var worker = Boot(fs, fram, http, clock).Worker;
        long before = fs.Flash.ProgrammedBytes;
        long end = clock.MonotonicMs + 3_600_000;
        while (clock.MonotonicMs < end)
        {
            clock.Advance(Math.Max(1, worker.Cycle()));
        }

        if (http.Requests == 0)
        {
            throw new InvalidOperationException("the worker never tried OPSCOM");
        }

        return fs.Flash.ProgrammedBytes - before;
    }

    // The committed nf.config: 1,000 permits is its capacity_records.
    private static readonly MeterConfig Config = RepositoryPaths.CommittedConfig();

    private static MeterAssembly Boot(SimulatedLittleFs fs, FakeFram fram, IHttpPort http, FakeClock clock) =>
        new(Config, fs, fram, http, clock, new MeterSim.SimDisplay(), new MeterLog(16), new Random(1));

    // OPSCOM down behind its load balancer: every request answered 503.
    private sealed class Unavailable : IHttpPort
    {
        public int Requests { get; private set; }

        public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
        {
            Requests++;
            status = 503;
            length = 0;
            return HttpOutcome.Answered;
        }
    }
}
