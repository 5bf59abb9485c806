using Meter.Core;
using System.Diagnostics;
using System.Net.Http.Headers;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Time;
using Meter.Host.Net;
using Meter.Host.Storage;
using OpsComEmulator;
using Meter.Core.Diagnostics;

namespace Meter.Bench;

/// <summary>
/// drain: 1,000 queued permits pushed to the emulator over loopback by the sync engine (journal
/// updates included), against a plain HttpClient loop posting the same bodies to a fresh emulator,
/// both on a dedicated thread with synchronous calls, as the device's sync worker makes them.
/// </summary>
public sealed class DrainBenchmark : IBenchmark
{
    private const int Permits = 1000;
    private const string Token = "drain-token";

    public string Name => "drain";

    public void Run(Report report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(Report report)
    {
        // A first round on throwaway emulators warms both paths up (JIT, sockets); then five measured
        // rounds, each path's median kept: two cores shared with the emulator make single runs noisy.
        await Round(200);
        var engineRuns = new List<double>();
        var baselineRuns = new List<double>();
        for (int round = 0; round < 5; round++)
        {
            var (engine, baseline) = await Round(Permits);
            engineRuns.Add(engine);
            baselineRuns.Add(baseline);
        }

        double engineSeconds = engineRuns.Order().ElementAt(2);
        double baselineSeconds = baselineRuns.Order().ElementAt(2);
        report.Figure("drain.seconds_1000", engineSeconds, "s");
        report.Figure("drain.per_s", Permits / engineSeconds, "req/s");
        report.Figure("drain.baseline_per_s", Permits / baselineSeconds, "req/s");
        report.Figure("drain.ratio", baselineSeconds / engineSeconds, "x");
    }

    private static async Task<(double Engine, double Baseline)> Round(int permits)
    {
        long start = new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var fs = new SimulatedLittleFs();
        var fram = new MemoryFram();
        var config = RepositoryPaths.CommittedConfig(("capacity_records", "5000"), ("backoff_min_ms", "1000"), ("backoff_max_ms", "60000"), ("catch_up_ms", "0"));
        var journal = MeterAssembly.OpenJournal(fs, fram, config.Journal, "L4");
        journal.Mount();
        for (int i = 0; i < permits; i++)
        {
            journal.CommitSale("D" + i.ToString("D5"), "Lot 4", "CAD", start + i * 1000L, start + i * 1000L, start + i * 1000L + 3_600_000, 350, 0);
        }

        var bodies = Bodies(journal);
        double engineSeconds;
        await using (var emulator = await Start())
        {
            using var http = new SystemNetHttpPort();
            // The meter as every host builds it, on the journal just filled, without catch-up pacing: this measures throughput.
            var meter = new MeterAssembly(config, "L4", new OpsComSettings(emulator.BaseUrl, "OC-TOMA", emulator.BaseUrl, true, ""), Token, fs, fram, http,
                new MeterSim.SimClock(start, manual: true), new MeterSim.SimDisplay(), new MeterLog(16), new Random(1));
            journal = meter.Journal;
            var engine = meter.Engine;
            var sync = meter.Worker;
            // On its own thread, as the sync worker runs on the device: its blocking HTTP calls must not
            // take a thread-pool thread from the in-process emulator.
            var watch = Stopwatch.StartNew();
            var worker = new Thread(() =>
            {
                while (journal.HasDue(start))
                {
                    sync.Cycle();
                }
            });
            worker.Start();
            worker.Join();
            engineSeconds = watch.Elapsed.TotalSeconds;
            if (journal.CountInState(PermitState.Pushed) != permits)
            {
                throw new InvalidOperationException("not every permit was pushed: " + engine.Status.Snapshot().LastProblem);
            }
        }

        // The baseline: a plain HttpClient loop posting the same bodies, synchronously on a thread of its
        // own like the sync worker (nanoFramework's HttpClient is synchronous too), so that the ratio
        // shows what the engine and its journal add, not sync against async.
        double baselineSeconds;
        await using (var emulator = await Start())
        {
            using var client = new HttpClient();
            string url = emulator.BaseUrl + "/api/OC-TOMA/v1/permits/push";
            var watch = Stopwatch.StartNew();
            var worker = new Thread(() =>
            {
                foreach (var body in bodies)
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = client.Send(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
                    response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                }
            });
            worker.Start();
            worker.Join();
            baselineSeconds = watch.Elapsed.TotalSeconds;
        }

        return (engineSeconds, baselineSeconds);
    }

    private static List<byte[]> Bodies(PermitJournal journal)
    {
        var requests = new OpsComRequests(new OpsComSettings("http://x", "OC-TOMA", "http://x", true, ""), Token, LocalTimeZone.Utc);
        return journal.Snapshot().Select(permit =>
        {
            requests.Write(OpsComOperation.Push, permit);
            return requests.Body.AsSpan(0, requests.Length).ToArray();
        }).ToList();
    }

    private static Task<RunningEmulator> Start()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" };
        options.Tokens.Add(("OC-TOMA", Token, "*"));
        return EmulatorServer.StartAsync(options);
    }
}
