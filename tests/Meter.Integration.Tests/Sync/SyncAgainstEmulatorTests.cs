using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Host.Net;
using Meter.Host.Storage;
using OpsComEmulator;
using Xunit;

namespace Meter.Integration.Tests.Sync;

/// <summary>
/// The sync engine over real HTTP against the emulator with faults injected; once they clear, the
/// emulator must hold each permit exactly once with the journal's end time and amount.
/// </summary>
public sealed class SyncAgainstEmulatorTests : IAsyncLifetime
{
    private const string Token = "integration-token";
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 14, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly SyncSettings Patient = new(5_000, 200, 5_000, 4096);

    // A 400 ms deadline against 700 ms of injected latency: "timed out before the server recorded".
    private static readonly SyncSettings Impatient = new(400, 200, 5_000, 4096);
    private readonly PermitJournal _journal = new(new SimulatedLittleFs(), new JournalSettings(1 << 20, 5000, 600), "IT");
    private readonly SystemNetHttpPort _http = new();
    private RunningEmulator _emulator = null!;
    private HttpClient _admin = null!;
    private long _now = Start;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" };
        options.Tokens.Add(("OC-TOMA", Token, "*"));
        _emulator = await EmulatorServer.StartAsync(options);
        _admin = new HttpClient { BaseAddress = new Uri(_emulator.BaseUrl) };
        _journal.Mount();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _admin.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Faults_ThenClear_EachPermitReachesOpsComExactlyOnce_WithItsEndAndAmount()
    {
        var engine = Engine(_emulator.BaseUrl, Impatient);
        await SetFaults("push:drop_after=0.15;push:5xx=0.1@503;push:malformed=0.1;push:truncated=0.1;push:html=0.1;push:latency=0.1@700;"
            + "update:drop_after=0.2;update:5xx=0.1;delete:drop_before=0.2;delete:truncated=0.2;seed=11");
        for (int i = 1; i <= 40; i++)
        {
            Sell(i);
            Run(engine, 3);
            if (i % 4 == 0)
            {
                var target = _journal.Find(i - 1)!;
                _journal.CommitAddedTime(target.Seq, target.EndUtcMs + 1_800_000, 125);
            }

            if (i % 9 == 0)
            {
                _journal.RequestVoid(i - 2);
            }
        }

        Run(engine, 150);
        await SetFaults("");
        Run(engine, 400);

        Assert.False(_journal.HasDue(long.MaxValue));
        await AssertOpsComHoldsWhatTheJournalSays();
    }

    [Fact]
    public async Task StalledAnswerBody_IsNoAnswerWithinTheDeadline_LongBeforeTheWorkersWatchWouldReboot()
    {
        var engine = Engine(_emulator.BaseUrl, Impatient);
        var watch = new Meter.Core.Supervision.LoopWatch("sync worker", 2 * Impatient.TimeoutMs + 60_000);
        await SetFaults("push:stall_body=1@60000");
        Sell(1);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        watch.PassStarted(0);
        engine.Step(_now, _now);
        long tookMs = clock.ElapsedMilliseconds;
        watch.PassEnded();

        // OPSCOM recorded the push but its answer never finished: an attempt that may have landed, retried later.
        // Bounded by the request's deadline (400 ms), not by the server's 60 s stall; the margin is for a loaded machine.
        Assert.True(tookMs < 10_000, "the stalled body held the worker " + tookMs + " ms");
        Assert.False(watch.IsStalled(tookMs, out _));
        var permit = _journal.Find(1)!;
        Assert.Equal((PermitState.Sold, 1, true), (permit.State, permit.Attempts, permit.PushMayHaveLanded));
        await SetFaults("");
        engine.Step(_now + 10_000, _now + 10_000);
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
    }

    [Fact]
    public async Task ConnectionRefused_ChangesNothing_ThenTheQueueDrainsWhenOpsComIsBack()
    {
        var unreachable = Engine("http://127.0.0.1:" + ClosedPort());
        for (int i = 1; i <= 5; i++)
        {
            Sell(i);
        }

        Run(unreachable, 20);

        Assert.True(!unreachable.Status.Snapshot().Online, unreachable.Status.Snapshot().LastProblem);
        Assert.All(_journal.Snapshot(), p => Assert.Equal((PermitState.Sold, 0), (p.State, p.Attempts)));
        var engine = Engine(_emulator.BaseUrl);
        Run(engine, 20);
        Assert.All(_journal.Snapshot(), p => Assert.Equal(PermitState.Pushed, p.State));
        await AssertOpsComHoldsWhatTheJournalSays();
    }

    [Fact]
    public async Task TokenRevoked_PausesWithAnAlert_ThenRestored_Resumes()
    {
        var engine = Engine(_emulator.BaseUrl);
        Sell(1);
        (await _admin.PostAsync($"/admin/tokens/{Token}/revoke", null)).EnsureSuccessStatusCode();

        Run(engine, 5);

        Assert.Equal(9034, engine.Status.Snapshot().AlertCode);
        Assert.Equal((PermitState.Sold, 0), (_journal.Find(1)!.State, _journal.Find(1)!.Attempts));
        (await _admin.PostAsync($"/admin/tokens/{Token}/restore", null)).EnsureSuccessStatusCode();
        Run(engine, 20);
        Assert.Equal(0, engine.Status.Snapshot().AlertCode);
        await AssertOpsComHoldsWhatTheJournalSays();
    }

    private SyncEngine Engine(string baseUrl, SyncSettings? settings = null)
    {
        var requests = new OpsComRequests(new OpsComSettings(baseUrl, "OC-TOMA", baseUrl, true, ""), Token, LocalTimeZone.Utc);
        return new SyncEngine(_journal, _http, requests, settings ?? Patient, new Random(7));
    }

    private void Sell(int i)
    {
        long sold = _now;
        _journal.CommitSale("IT" + i.ToString("D4", CultureInfo.InvariantCulture), "Lot 4", "CAD", sold, sold, sold + 3_600_000, 300 + i, 0);
    }

    // Steps the engine, letting simulated time pass by whatever it asks to wait (at least a little).
    private void Run(SyncEngine engine, int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            int wait = engine.Step(_now, _now);
            _now += Math.Max(wait, 250);
        }
    }

    private async Task AssertOpsComHoldsWhatTheJournalSays()
    {
        var held = (await _admin.GetFromJsonAsync<JsonElement>("/admin/permits?client=OC-TOMA")).EnumerateArray()
            .Where(p => p.GetProperty("permitNo").GetString()?.StartsWith("IT-", StringComparison.Ordinal) == true)
            .GroupBy(p => p.GetProperty("permitNo").GetString()!)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var permit in _journal.Snapshot())
        {
            bool neverSent = permit.State == PermitState.Voided && !permit.Delivered;
            held.TryGetValue(permit.PermitNo, out var rows);
            if (neverSent)
            {
                Assert.True(rows == null, permit.PermitNo + " was voided before sending but OPSCOM has it");
                continue;
            }

            Assert.True(rows is { Count: 1 }, $"{permit.PermitNo} ({PermitStates.Name(permit.State)}) held {rows?.Count ?? 0} times");
            var row = rows![0];
            Assert.Equal(TimeText.FormatDateTime(permit.EndUtcMs), row.GetProperty("endTime").GetString());
            Assert.Equal(Meter.Core.Money.Cents.ToOpsComAmount(permit.AmountCents), row.GetProperty("amount").GetString());
            bool voidWithoutReference = permit.State == PermitState.Rejected && permit.ErrorCode == 9008;
            Assert.Equal(permit.State == PermitState.Voided, row.GetProperty("voided").GetBoolean());
            Assert.True(permit.State is PermitState.Pushed or PermitState.Updated or PermitState.Voided || voidWithoutReference,
                permit.PermitNo + " ended " + PermitStates.Name(permit.State));
        }

        Assert.Equal(held.Count, _journal.Snapshot().Count(p => !(p.State == PermitState.Voided && !p.Delivered)));
    }

    private async Task SetFaults(string plan)
    {
        using var content = new StringContent(plan, Encoding.UTF8);
        (await _admin.PutAsync("/admin/faults", content)).EnsureSuccessStatusCode();
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
