using System.Diagnostics;
using Meter.Core.Config;
using Meter.Host.Net;
using OpsComEmulator;

namespace FleetSim;

/// <summary>
/// A city of meters against one OPSCOM, on one virtual clock: every meter's visits, worker cycles (the
/// real SyncWorker, each second as on the device, with its own back-off and jitter), power cuts and the
/// scenario's incidents are events in time order. After the day the workers go on until everything is
/// delivered (or the drain limit), then the exactly-once check compares every journal with OPSCOM.
/// </summary>
public sealed partial class FleetSimulation
{
    private const long Minute = 60_000;
    private const long LedgerCaptureMs = 15 * Minute;

    private readonly FleetOptions _options;
    private readonly PriorityQueue<FleetEvent, (long At, long Order)> _events = new();
    private readonly List<FleetMeter> _meters = new();
    private readonly ExactlyOnceCheck _ledger = new();
    private readonly FleetResult _result;
    private readonly Random _random;
    private long _order;
    private long _failuresBeforeReboots;
    private long _end;
    private bool _finished;

    private FleetSimulation(FleetOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _result = new FleetResult { Meters = options.Meters, Days = options.Days, Scenario = options.Scenario };
    }

    /// <summary>Runs the fleet; <paramref name="progress"/> hears about every simulated hour.</summary>
    public static async Task<FleetResult> RunAsync(FleetOptions options, IProgress<string>? progress = null)
    {
        var run = new FleetSimulation(options);
        return await run.RunAsync(progress);
    }

    private async Task<FleetResult> RunAsync(IProgress<string>? progress)
    {
        var watch = Stopwatch.StartNew();
        var errors = new ConfigErrors();
        var read = MeterConfigReader.Read(File.ReadAllText(_options.Config), File.ReadAllText(_options.Secrets), errors)
            ?? throw new ArgumentException(_options.Config + " has errors:\n" + errors);
        var zone = read.Tariff.Zone;
        long start = zone.ToUtc(new DateTimeOffset(_options.StartLocal, TimeSpan.Zero).ToUnixTimeMilliseconds());
        long end = start + (long)(_options.Days * 24 * 60 * Minute);
        _end = end;
        long incident = zone.ToUtc(new DateTimeOffset(_options.StartLocal.Date + _options.IncidentAt, TimeSpan.Zero).ToUnixTimeMilliseconds());
        int incidentMinutes = _options.IncidentMinutes ?? (_options.Scenario == ScenarioKind.TokenRevoked ? 60 : 120);
        var scenario = Scenario.Create(_options.Scenario, _options.Meters, start, end, incident, incidentMinutes, new Random(_options.Seed + 1));
        var requestTime = new VirtualRequestTime { UtcMs = start };
        string token = read.Secrets.ApiToken;
        RunningEmulator? emulator = null;
        string url = _options.OpsComUrl?.TrimEnd('/') ?? "";
        if (_options.OpsComUrl == null)
        {
            var emulatorOptions = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:", UtcNow = requestTime.UtcNow };
            emulatorOptions.AddClient(read.OpsCom.Client + "=" + token);
            emulator = await EmulatorServer.StartAsync(emulatorOptions);
            url = emulator.BaseUrl;
        }

        var config = new MeterConfig(read.Meter, read.Tariff, new OpsComSettings(url, read.OpsCom.Client, url, true, ""), read.Sync, read.Coins,
            read.Keypad, read.Display, read.Console, read.Journal, read.WifiSsid, read.Secrets);
        using var http = new SystemNetHttpPort();
        using var admin = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var traffic = new OpsComTraffic(start, (int)((end - start) / 1000 + _options.DrainLimitMinutes * 60));
        try
        {
            var model = new SalesModel { SalesPerDay = _options.SalesPerMeterDay };
            for (int m = 0; m < _options.Meters; m++)
            {
                var clock = new MeterClock { Now = start };
                var network = new FleetNetwork(clock, scenario, http, traffic, requestTime, new Random(_random.Next()));
                _meters.Add(new FleetMeter(m, config, clock, network, token, new Random(_random.Next())));
                At(start + _random.Next(1000), FleetEventKind.WorkerCycle, m);
                var visits = model.Visits(m, start, end, zone, new Random(_random.Next()));
                foreach (var visit in visits)
                {
                    int v = _visits.Count;
                    _visits.Add(visit);
                    At(visit.AtUtcMs, FleetEventKind.Sale, m, v);
                }
            }

            foreach (var (meter, (cut, restore)) in scenario.PowerCuts)
            {
                At(cut, FleetEventKind.PowerCut, meter);
                At(restore, FleetEventKind.PowerOn, meter);
                _result.PowerEventsMinutes.Add(((cut - start) / (double)Minute, (restore - start) / (double)Minute));
            }

            if (scenario.Kind == ScenarioKind.TokenRevoked)
            {
                At(scenario.IncidentFromUtcMs, FleetEventKind.RevokeToken, 0);
                At(scenario.IncidentToUtcMs, FleetEventKind.RestoreToken, 0);
            }

            if (scenario.Kind is ScenarioKind.Outage or ScenarioKind.TokenRevoked)
            {
                _result.IncidentStartMinute = (scenario.IncidentFromUtcMs - start) / (double)Minute;
                _result.RecoveryMinute = (scenario.IncidentToUtcMs - start) / (double)Minute;
            }

            long drainFrom = scenario.HasRecovery ? scenario.IncidentToUtcMs : end;
            long limit = end + _options.DrainLimitMinutes * Minute;
            for (long t = start; t <= limit; t += Minute)
            {
                At(t, FleetEventKind.Sample, 0);
            }

            for (long t = start + LedgerCaptureMs; t <= limit; t += LedgerCaptureMs)
            {
                At(t, FleetEventKind.CaptureLedger, 0);
            }

            while (_events.TryDequeue(out var next, out var when))
            {
                _options.Stop.ThrowIfCancellationRequested();
                long now = when.At;
                if (_finished)
                {
                    break;
                }

                await HandleAsync(next, now, scenario, admin, url, token, drainFrom, end, progress, start);
            }

            _ledger.Finish(_meters.Select(m => m.Journal));
            foreach (var meter in _meters)
            {
                _result.Reboots += meter.Reboots;
                _result.Retries += meter.Worker.Status.Snapshot().Failures;
            }

            _result.Retries += _failuresBeforeReboots;
            _result.Requests = traffic.Total;
            int daySeconds = (int)((end - start) / 1000);
            _result.MeanRequestsPerSecond = (double)Enumerable.Range(0, daySeconds).Sum(traffic.At) / daySeconds;
            _result.PeakRequestsPerSecond = traffic.PeakPerSecond(0, traffic.Seconds);
            if (scenario.HasRecovery)
            {
                int recovery = (int)((scenario.IncidentToUtcMs - start) / 1000);
                int drained = double.IsNaN(_result.DrainMinutes) ? traffic.Seconds : recovery + (int)(_result.DrainMinutes * 60);
                _result.PeakSecondAfterRecovery = traffic.PeakPerSecond(recovery, recovery + 60);
                _result.PeakRateAfterRecovery = traffic.PeakRate(recovery, recovery + 60, 60);
                _result.PeakTenSecondRateAfterRecovery = traffic.PeakRate(recovery, recovery + 60, 10);
                _result.PeakToMeanDuringDrain = _result.MeanRequestsPerSecond > 0 ? traffic.PeakRate(recovery, Math.Max(drained, recovery + 60), 10) / _result.MeanRequestsPerSecond : 0;
            }

            for (int minute = 0; minute * 60 < traffic.Seconds && minute < _result.BacklogPerMinute.Count; minute++)
            {
                _result.RequestsPerMinute.Add(Enumerable.Range(minute * 60, 60).Sum(traffic.At));
            }

            if (!double.IsNaN(_result.RecoveryMinute))
            {
                // The drain against a normal busy minute, not against the whole day's mean (nights pull that down).
                int incidentAt = (int)_result.IncidentStartMinute;
                int recoveredAt = (int)_result.RecoveryMinute;
                int drainedAt = double.IsNaN(_result.DrainMinutes) ? _result.RequestsPerMinute.Count : recoveredAt + (int)Math.Ceiling(_result.DrainMinutes) + 1;
                _result.BusiestMinuteBefore = _result.RequestsPerMinute.Take(Math.Max(0, incidentAt)).DefaultIfEmpty(0).Max();
                _result.PeakMinuteDuringDrain = _result.RequestsPerMinute.Skip(recoveredAt).Take(Math.Max(1, drainedAt - recoveredAt)).DefaultIfEmpty(0).Max();
            }

            _result.Problems.AddRange(await _ledger.CompareAsync(admin, url, read.OpsCom.Client));
            _result.ExactlyOnce = _result.Problems.Count == 0;
            _result.RealSeconds = watch.Elapsed.TotalSeconds;
            return _result;
        }
        finally
        {
            if (emulator != null)
            {
                await emulator.DisposeAsync();
            }
        }
    }

    private void At(long at, FleetEventKind kind, int meter, int argument = 0) => _events.Enqueue(new FleetEvent(kind, meter, argument), (at, _order++));
}
