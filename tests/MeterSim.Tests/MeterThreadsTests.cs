using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.Sale;
using Meter.Core.Time;
using MeterSim;
using Xunit;

namespace MeterSim.Tests;

/// <summary>
/// The simulator's real threads (the UI loop and the sync worker, as on the device) against the emulator
/// while it hangs and loses answers, with a motorist at the keypad and an operator voiding meanwhile:
/// every sale, added time and void reaches OPSCOM exactly once.
/// </summary>
public sealed class MeterThreadsTests
{
    private const string Faults = "push:hang=0.2@2500;push:drop_after=0.3;update:hang=0.2@2500;update:drop_after=0.3;delete:drop_after=0.3;seed=5";

    [Fact]
    public async Task UiAndWorkerThreads_WithOpsComHangingAndLosingAnswers_EveryChangeReachesOpsComExactlyOnce()
    {
        string data = Directory.CreateTempSubdirectory("threads-").FullName;
        try
        {
            await using var meter = await MeterSimulation.StartAsync(Options(data), manualClock: false, Faults);
            using var threads = new MeterThreads(meter);
            using var admin = new HttpClient { BaseAddress = new Uri(meter.EmulatorUrl!) };
            var motorist = new Motorist(meter);
            for (int i = 1; i <= 5; i++)
            {
                await motorist.Buy(Plate(i));
                if (i % 2 == 0)
                {
                    await motorist.Buy(Plate(i - 1));
                }
            }

            var session = new ConsoleSession();
            var third = meter.Journal.FindByPlate(Plate(3)).Single();
            Assert.Contains("technician PIN?", meter.Console.Execute(session, "void " + third.PermitNo, meter.Clock.UtcMs));
            Assert.Contains("is now", meter.Console.Execute(session, meter.Config.Secrets.TechnicianPin, meter.Clock.UtcMs));

            using (var clear = new StringContent("", Encoding.UTF8))
            {
                (await admin.PutAsync("/admin/faults", clear)).EnsureSuccessStatusCode();
            }

            await Until(() => meter.Journal.PendingCount == 0, TimeSpan.FromSeconds(60), () => meter.Console.Execute(new ConsoleSession(), "queue", meter.Clock.UtcMs));
            await AssertOpsComHoldsWhatTheJournalSays(admin, meter.Journal.Snapshot());
            var permits = meter.Journal.Snapshot();
            Assert.Equal(500 + 200, permits.Sum(p => p.AmountCents));
            Assert.Equal(new[] { 200L, 100, 200, 100, 100 }, Enumerable.Range(1, 5).Select(i => permits.Where(p => p.Plate == Plate(i)).Sum(p => p.AmountCents)));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // Plates typed with keys that are digits at once, never the same key twice in a row (that would be a
    // multi-tap): P (the waking 7), then 1 and 0 in turn.
    private static string Plate(int i) => "P" + "10101"[..i];

    private static string Edited(string text, params (string Setting, string Replacement)[] edits)
    {
        foreach (var (setting, replacement) in edits)
        {
            Assert.Contains(setting, text);
            text = text.Replace(setting, replacement);
        }

        return text;
    }

    private static SimOptions Options(string data)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Scenarios");
        // Each edit must find its setting: a test that edits nothing would test the committed timing instead.
        string config = Edited(File.ReadAllText(Path.Combine(folder, "nf.config")),
            ("timeout_ms = 10000", "timeout_ms = 1000"), ("backoff_min_ms = 2000", "backoff_min_ms = 100"),
            ("backoff_max_ms = 1800000", "backoff_max_ms = 1500"), ("catch_up_ms = 60000", "catch_up_ms = 200"));
        File.WriteAllText(Path.Combine(data, "nf.config"), config);
        return new SimOptions
        {
            Config = Path.Combine(data, "nf.config"),
            Secrets = Path.Combine(folder, "secrets.example.config"),
            Data = data,
            StartLocal = "2026-07-06T10:00",
            ConsolePort = 0,
        };
    }

    private static async Task AssertOpsComHoldsWhatTheJournalSays(HttpClient admin, PermitRecord[] journal)
    {
        var held = (await admin.GetFromJsonAsync<JsonElement>("/admin/permits")).EnumerateArray()
            .Where(p => p.GetProperty("permitNo").GetString()?.StartsWith("L4-", StringComparison.Ordinal) == true)
            .GroupBy(p => p.GetProperty("permitNo").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var permit in journal)
        {
            held.TryGetValue(permit.PermitNo, out var rows);
            if (permit.State == PermitState.Voided && !permit.Delivered)
            {
                Assert.True(rows == null || rows.All(r => r.GetProperty("voided").GetBoolean()), permit.PermitNo + " voided at the meter, active in OPSCOM");
                continue;
            }

            Assert.True(rows is { Count: 1 }, $"{permit.PermitNo} ({PermitStates.Name(permit.State)}) held {rows?.Count ?? 0} times");
            var row = rows![0];
            Assert.True(permit.State is PermitState.Pushed or PermitState.Updated or PermitState.Voided, permit.PermitNo + " ended " + PermitStates.Name(permit.State));
            Assert.Equal(permit.State == PermitState.Voided, row.GetProperty("voided").GetBoolean());
            if (permit.State != PermitState.Voided)
            {
                // A voided permit's end no longer matters: time added before the void needs no update.
                Assert.Equal(TimeText.FormatDateTime(permit.EndUtcMs), row.GetProperty("endTime").GetString());
                Assert.Equal(Meter.Core.Money.Cents.ToOpsComAmount(permit.AmountCents), row.GetProperty("amount").GetString());
            }
        }

        Assert.All(held.Keys, permitNo => Assert.Contains(journal, p => p.PermitNo == permitNo));
    }

    private static async Task Until(Func<bool> condition, TimeSpan limit, Func<string> explain)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "gave up waiting:\n" + explain());
            await Task.Delay(50);
        }
    }

    /// <summary>Keys and coins at a motorist's pace, into the queue the UI thread drains.</summary>
    private sealed class Motorist(MeterSimulation meter)
    {
        public async Task Buy(string plate)
        {
            await Until(() => meter.Loop.Flow.Screen.ToString().Contains("LOT 4"), TimeSpan.FromSeconds(20), Screen);
            await Keys("*7" + plate[1..] + "##");
            await Until(() => meter.Loop.Flow.CoinsEnabled, TimeSpan.FromSeconds(5), Screen);
            await Task.Delay((int)meter.Acceptor.Insert(100, meter.Clock.MonotonicMs));
            await Until(() => meter.Loop.Flow.Screen.ToString().Contains("$1.00"), TimeSpan.FromSeconds(5), Screen);
            await Keys("#");
            await Until(() => meter.Loop.Flow.Screen.ToString().Contains("PAID"), TimeSpan.FromSeconds(5), Screen);
            await Keys("C");
        }

        private async Task Keys(string keys)
        {
            foreach (char key in keys)
            {
                meter.Loop.Inputs.Enqueue(InputKind.Key, key);
                await Task.Delay(60);
            }
        }

        private string Screen() => meter.Loop.Flow.Screen.ToString();
    }
}
