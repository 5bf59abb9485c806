using Meter.TestKit.Fakes;
using System;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Tests.Fakes;
using Meter.Core.Time;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;
using Meter.Core.Supervision;

namespace Meter.Core.Tests.Sync;

public class SyncWorkerTests
{
    private static readonly SyncSettings Settings = SyncKit.Settings;
    private readonly SimulatedLittleFs _fs = new();
    private readonly PermitJournal _journal;
    private readonly ScriptedHttpPort _http = new();
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly MeterLog _log = new(32);
    private readonly SyncWorker _worker;

    public SyncWorkerTests()
    {
        _journal = Mounted(_fs, Settings(retentionMinutes: 1));
        var requests = SyncKit.Requests();
        _worker = new SyncWorker(_journal, new SyncEngine(_journal, _http, requests, Settings, new Random(3)), _clock, _log, Settings, new Random(3));
    }

    [Fact]
    public void Cycle_FlashErrorWhileRecordingAnAnswer_IsCaughtCountedLogged_AndTheWorkComesRoundAgain()
    {
        Sell(_journal, 1);
        _fs.FailOperation(0);

        int wait = _worker.Cycle();

        Assert.Equal(1, _worker.Status.Snapshot().WorkerExceptions);
        Assert.Contains("flash error", _worker.Status.Snapshot().LastWorkerProblem);
        Assert.Contains("sync worker: flash error", _log.Text());
        Assert.InRange(wait, 1, SyncEngine.IdleWaitMs);
        Assert.True(_worker.Cycle() > 0, "backs off after the exception");
        Assert.Single(_http.Sent);
        _clock.Advance(Settings.BackoffMaximumMs);
        _worker.Cycle();
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
        Assert.Equal(2, _http.Sent.Count);
    }

    [Fact]
    public void Cycle_RunsCompaction_NotTheUi_AndCountsAFailedOne_WithItsMessage()
    {
        _http.SucceedWhenEmpty = false;
        for (int i = 1; i <= Settings().FoldThreshold; i++)
        {
            Sell(_journal, i);
        }

        Assert.Equal(Settings().FoldThreshold, _journal.FileCount);
        _fs.FailOperation(0);
        // The fold reads step by step; its first flash write (the batch) fails.
        for (int cycle = 0; cycle < 3 * Settings().FoldThreshold && _worker.Status.Snapshot().MaintenanceFailures == 0; cycle++)
        {
            _worker.Cycle();
        }

        Assert.Equal(1, _worker.Status.Snapshot().MaintenanceFailures);
        Assert.Contains("flash error", _worker.Status.Snapshot().LastMaintenanceProblem);

        // The fold goes on step by step, one flash operation a cycle, then the worker sends again.
        for (int cycle = 0; cycle < 3 * Settings().FoldThreshold && _worker.Cycle() == SyncWorker.MaintenanceStepWaitMs; cycle++)
        {
        }

        Assert.Single(_fs.List(), n => n.StartsWith('0'));
        Assert.Equal(1, _worker.Status.Snapshot().MaintenanceFailures);
    }

    [Fact]
    public void Cycle_AuthenticationAlert_GoesToTheLogOnce()
    {
        Sell(_journal, 1);
        _http.ThenAnswer(401, "{\"ErrorCode\":9034,\"ErrorMessage\":\"The API Token does not exist for the specified client.\"}");
        _http.ThenAnswer(401, "{\"ErrorCode\":9034,\"ErrorMessage\":\"The API Token does not exist for the specified client.\"}");

        _worker.Cycle();
        _clock.Advance(Settings.BackoffMaximumMs);
        _worker.Cycle();

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(_log.Text(), "sync ALERT 9034"));
    }

    [Fact]
    public void Cycle_PrunesOnceAMinute_AndNeverWithAnUnsetClock()
    {
        var untrusted = new FakeClock(Now, trusted: false);
        var requests = SyncKit.Requests();
        var worker = new SyncWorker(_journal, new SyncEngine(_journal, _http, requests, Settings, new Random(3)), untrusted, _log, Settings, new Random(3));
        Sell(_journal, 1);
        Sell(_journal, 2);
        worker.Cycle();
        worker.Cycle();
        untrusted.Advance(3 * 3_600_000);

        worker.Cycle();
        Assert.Equal(2, _journal.Count);
        untrusted.SetUtc(untrusted.UtcMs);
        worker.Cycle();

        Assert.Equal(1, _journal.Count);
    }

    [Fact]
    public void Run_StopsWhenTheSignalSays_AfterCyclingMeanwhile()
    {
        Sell(_journal, 1);
        var stop = new CountingStopSignal(3);

        _worker.Run(stop);

        Assert.Equal(3, stop.Waits);
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
    }

    private sealed class CountingStopSignal : IStopSignal
    {
        private readonly int _stopAfter;

        public CountingStopSignal(int stopAfter) => _stopAfter = stopAfter;

        public int Waits { get; private set; }

        public bool WaitForStop(int ms) => ++Waits >= _stopAfter;
    }

    [Fact]
    public void Cycle_OverHttps_SendsNothingUntilTheClockIsSet_AndSaysSo()
    {
        var clock = new FakeClock(Now, trusted: false);
        var requests = new Meter.Core.OpsCom.OpsComRequests(new Meter.Core.Config.OpsComSettings("https://opscom", "OC-TOMA", "https://validate", true, "ca.pem"), "token", Meter.Core.Time.LocalTimeZone.Utc);
        var worker = new SyncWorker(_journal, new SyncEngine(_journal, _http, requests, Settings, new Random(3)), clock, _log, Settings, new Random(3));
        Sell(_journal, 1);

        for (int i = 0; i < 5; i++)
        {
            worker.Cycle();
            clock.Advance(1000);
        }

        Assert.Empty(_http.Sent);
        Assert.True(worker.Status.Snapshot().WaitingForTime);
        Assert.Single(_log.Text().Split('\n'), line => line.Contains("waiting for the time"));
        clock.SetUtc(Now + 10_000);
        worker.Cycle();
        Assert.Single(_http.Sent);
        Assert.False(worker.Status.Snapshot().WaitingForTime);
    }

    [Fact]
    public void Cycle_OverPlainHttp_DoesNotWaitForTheClock()
    {
        var clock = new FakeClock(Now, trusted: false);
        var worker = new SyncWorker(_journal, new SyncEngine(_journal, _http, SyncKit.Requests(), Settings, new Random(3)), clock, _log, Settings, new Random(3));
        Sell(_journal, 1);

        worker.Cycle();

        Assert.Single(_http.Sent);
    }
}
