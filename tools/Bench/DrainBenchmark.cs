using System.Diagnostics;
using System.Net.Http.Headers;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Host.Net;
using Meter.Host.Storage;
using OpsComEmulator;

namespace Meter.Bench;

/// <summary>
/// drain: 1,000 queued permits pushed to the emulator over loopback by the sync engine (journal
/// updates included), against a plain HttpClient loop posting the same bodies to a fresh emulator.
/// </summary>
public sealed class DrainBenchmark : IBenchmark
{
    private const int Permits = 1000;
    private const string Token = "drain-token";

    public string Name => "drain";

    public void Run(Report report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(Report report)
    {
        // A first round on throwaway emulators warms both paths up (JIT, sockets), then the measured one.
        await Round(200);
        var (engineSeconds, baselineSeconds) = await Round(Permits);
        report.Figure("drain.seconds_1000", engineSeconds, "s");
        report.Figure("drain.per_s", Permits / engineSeconds, "req/s");
        report.Figure("drain.baseline_per_s", Permits / baselineSeconds, "req/s");
        report.Figure("drain.ratio", baselineSeconds / engineSeconds, "x");
    }

    private static async Task<(double Engine, double Baseline)> Round(int permits)
    {
        long start = new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var journal = new PermitJournal(new SimulatedLittleFs(), new JournalSettings(4 << 20, 5000, 60), "L4");
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
            var requests = new OpsComRequests(new OpsComSettings(emulator.BaseUrl, "OC-TOMA", emulator.BaseUrl, true, ""), Token, LocalTimeZone.Utc);
            var engine = new SyncEngine(journal, http, requests, new SyncSettings(10_000, 1000, 60_000, 4096), new Random(1));
            var watch = Stopwatch.StartNew();
            while (journal.NextDue(start) != null)
            {
                engine.Step(start);
            }

            engineSeconds = watch.Elapsed.TotalSeconds;
            if (journal.CountInState(PermitState.Pushed) != permits)
            {
                throw new InvalidOperationException("not every permit was pushed: " + engine.Status.LastProblem);
            }
        }

        double baselineSeconds;
        await using (var emulator = await Start())
        {
            using var client = new HttpClient();
            string url = emulator.BaseUrl + "/api/OC-TOMA/v1/permits/push";
            var watch = Stopwatch.StartNew();
            foreach (var body in bodies)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
            }

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
