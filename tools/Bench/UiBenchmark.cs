using System.Diagnostics;
using System.Text;
using Meter.Core.Sale;
using MeterSim;

namespace Meter.Bench;

/// <summary>
/// ui: bytes sent to the display per keypress while typing a plate and paying; and key-to-frame latency
/// through the simulator's threads (<see cref="MeterThreads"/>: UI loop and sync worker) while the
/// emulator hangs every request (the UI must never wait on the network).
/// </summary>
public sealed class UiBenchmark : IBenchmark
{
    public string Name => "ui";

    public void Run(Report report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(Report report)
    {
        var (average, worst) = await BytesPerKey();
        report.Figure("ui.bytes_per_key", average, "bytes");
        report.Figure("ui.bytes_per_key_max", worst, "bytes");
        var (keyNs, keyBytes, meanBytes) = await CostPerKey(English);
        report.Figure("ui.key_ns", keyNs, "ns");
        report.Figure("ui.key_alloc_bytes", keyBytes, "bytes");
        report.Figure("ui.key_alloc_bytes_mean", meanBytes, "bytes");
        (keyNs, keyBytes, meanBytes) = await CostPerKey(French);
        report.Figure("ui.fr.key_ns", keyNs, "ns");
        report.Figure("ui.fr.key_alloc_bytes", keyBytes, "bytes");
        report.Figure("ui.fr.key_alloc_bytes_mean", meanBytes, "bytes");
        report.Figure("ui.key_latency_ms_hung", await WorstLatencyWhileOpsComHangs(), "ms");
    }

    // The waking key, then a plate typed with multi-tap, corrected, confirmed: every key a screen change.
    private static async Task<(double Average, int Worst)> BytesPerKey()
    {
        await using var sim = await Start("", manualClock: true);
        sim.Loop.Step();
        var sent = new List<int>();
        foreach (char key in "*7 222 33 8 1 2 3*4#")
        {
            if (key == ' ')
            {
                sim.Clock.Advance(1500);
                sim.Loop.Step();
                continue;
            }

            sim.Clock.Advance(100);
            long before = sim.Display.BytesSent;
            sim.Loop.Inputs.Enqueue(InputKind.Key, key);
            sim.Loop.Step();
            sent.Add((int)(sim.Display.BytesSent - before));
        }

        return (sent.Average(), sent.Max());
    }

    // A plate typed with multi-tap and a correction, ended (#), sent back from the confirmation to be corrected
    // (C) and abandoned (C): in English, and in French after B.
    private const string English = "*7 222 33 8 1 2 3*4#CC";
    private const string French = "*B7 222 33 8 1 2 3*4#CC";

    // The plate keys many times over: the median time of one key through UiStep with drawing, and the median
    // bytes allocated by one key on the UI thread (the rare screen changes, # and C, cost more: see the mean).
    private static async Task<(double MedianNs, double MedianBytes, double MeanBytes)> CostPerKey(string keys)
    {
        await using var sim = await Start("", manualClock: true);
        sim.Loop.Step();
        var times = new List<double>();
        var bytes = new List<long>();
        for (int run = 0; run < 300; run++)
        {
            foreach (char key in keys)
            {
                sim.Clock.Advance(key == ' ' ? 1500 : 100);
                if (key == ' ')
                {
                    sim.Loop.Step();
                    continue;
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                sim.Loop.Inputs.Enqueue(InputKind.Key, key);
                sim.Loop.Step();
                double ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6;
                if (run >= 20)
                {
                    times.Add(ns);
                    bytes.Add(GC.GetAllocatedBytesForCurrentThread() - before);
                }
            }
        }

        times.Sort();
        bytes.Sort();
        return (times[times.Count / 2], bytes[bytes.Count / 2], bytes.Average());
    }

    private static async Task<double> WorstLatencyWhileOpsComHangs()
    {
        // Plate checks on ("already covered"), so confirmed plates queue validation requests for a worker that hangs too.
        await using var sim = await Start("*:hang=1@60000", manualClock: false, "# config: opscom.covering_permits = MONTHLY-DT");
        for (int i = 0; i < 3; i++)
        {
            long now = sim.Clock.UtcMs;
            sim.Journal.CommitSale("HANG" + i, "Lot 4", "CAD", now, now, now + 3_600_000, 250, 0);
        }

        // The simulator's own composition: the UI loop and the sync worker on their own threads.
        using var threads = new MeterThreads(sim);
        long flushed = 0;
        sim.Display.Changed += () => Interlocked.Exchange(ref flushed, Stopwatch.GetTimestamp());
        Thread.Sleep(300);
        double worst = 0;
        for (int i = 0; i < 100; i++)
        {
            // A plate typed, ended, confirmed (a plate check asked), abandoned, and the meter woken again: each key a new frame.
            char key = "2##C*"[i % 5];
            Interlocked.Exchange(ref flushed, 0);
            long pressed = Stopwatch.GetTimestamp();
            sim.Loop.Inputs.Enqueue(InputKind.Key, key);
            var wait = Stopwatch.StartNew();
            while (Interlocked.Read(ref flushed) == 0 && wait.ElapsedMilliseconds < 5000)
            {
                Thread.SpinWait(100);
            }

            worst = Math.Max(worst, Stopwatch.GetElapsedTime(pressed, Interlocked.Read(ref flushed)).TotalMilliseconds);
            Thread.Sleep(30);
        }

        return worst;
    }

    private static Task<MeterSimulation> Start(string faults, bool manualClock, params string[] settings)
    {
        string root = RepositoryPaths.Root;
        string data = Directory.CreateTempSubdirectory("ui-bench-").FullName;
        string config = Path.Combine(data, "nf.config");
        File.WriteAllText(config, ScriptConfig.Apply(File.ReadAllText(Path.Combine(root, "nf.config")), settings));
        var options = new SimOptions
        {
            Config = config,
            Secrets = Path.Combine(root, "secrets.example.config"),
            Data = data,
            StartLocal = "2026-07-06T10:00",
            ConsolePort = 0,
        };
        return MeterSimulation.StartAsync(options, manualClock, faults);
    }
}
