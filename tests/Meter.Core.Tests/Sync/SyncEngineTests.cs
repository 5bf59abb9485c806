using System;
using System.Linq;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sync;

public class SyncEngineTests
{
    private static readonly SyncSettings Settings = SyncKit.Settings;
    private readonly PermitJournal _journal = Mounted(new SimulatedLittleFs());
    private readonly ScriptedHttpPort _http = new();
    private readonly SyncEngine _engine;

    public SyncEngineTests()
    {
        var requests = SyncKit.Requests();
        _engine = new SyncEngine(_journal, _http, requests, Settings, new Random(3));
    }

    [Fact]
    public void Step_Push_StoresTheReferenceId()
    {
        Sell(_journal, 1);

        _engine.Step(Now, Now);

        Assert.Equal((PermitState.Pushed, "ref-1"), (_journal.Find(1)!.State, _journal.Find(1)!.ReferenceId));
        Assert.Equal("http://opscom/api/OC-TOMA/v1/permits/push", _http.Sent[0].Url);
        Assert.Equal(1, _engine.Status.Snapshot().Sent);
    }

    [Fact]
    public void Step_Push9022_CountsAsDeliveredWithoutAReference()
    {
        Sell(_journal, 1);
        _http.ThenAnswer(409, "{\"ErrorCode\":9022,\"ErrorMessage\":\"A record already exists with the supplied details.\"}");

        _engine.Step(Now, Now);

        var permit = _journal.Find(1)!;
        Assert.Equal((PermitState.Pushed, true, ""), (permit.State, permit.Delivered, permit.ReferenceId));
        Assert.False(_journal.HasDue(Now + 1));
    }

    [Theory]
    [InlineData(9000)]
    [InlineData(9001)]
    [InlineData(9002)]
    [InlineData(9034)]
    public void Step_AuthenticationError_PausesAndAlerts_KeepingTheRecordUntouched(int code)
    {
        Sell(_journal, 1);
        _http.ThenAnswer(401, "{\"ErrorCode\":" + code + ",\"ErrorMessage\":\"no\"}");

        _engine.Step(Now, Now);
        _engine.Step(Now + 1000, Now + 1000);

        Assert.Equal(code, _engine.Status.Snapshot().AlertCode);
        Assert.Single(_http.Sent);
        Assert.Equal((PermitState.Sold, 0, 0L), (_journal.Find(1)!.State, _journal.Find(1)!.Attempts, _journal.Find(1)!.NextAttemptMs));
        _engine.Step(Now + Settings.BackoffMaximumMs, Now + Settings.BackoffMaximumMs);
        Assert.Equal(0, _engine.Status.Snapshot().AlertCode);
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
    }

    [Fact]
    public void Resume_AskedWhileTheAlertingRequestIsOnTheWire_EndsThePauseAtTheNextStep()
    {
        // The console's thread asks to resume while the worker's request that will pause syncing is still out.
        Sell(_journal, 1);
        _http.ThenAnswer(401, "{\"ErrorCode\":9001,\"ErrorMessage\":\"no\"}");
        _http.WhileOnTheWire = () => _engine.Status.RequestResume();

        _engine.Step(Now, Now);
        Assert.Equal(9001, _engine.Status.Snapshot().AlertCode);
        _engine.Step(Now + 1000, Now + 1000);

        Assert.Equal(2, _http.Sent.Count);
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
        Assert.Equal(0, _engine.Status.Snapshot().AlertCode);
    }

    [Fact]
    public void Step_NotConnected_PausesTheEngine_WithoutWritingAnything()
    {
        Sell(_journal, 1);
        _http.Then(HttpOutcome.NotConnected);

        int wait = _engine.Step(Now, Now);

        Assert.InRange(wait, 0, SyncEngine.IdleWaitMs);
        Assert.False(_engine.Status.Snapshot().Online);
        Assert.Equal(0, _journal.Find(1)!.Attempts);
    }

    [Theory]
    [InlineData(HttpOutcome.NoAnswer, 0, "")]
    [InlineData(HttpOutcome.TooLarge, 200, "")]
    [InlineData(HttpOutcome.Answered, 503, "service unavailable")]
    [InlineData(HttpOutcome.Answered, 502, "<html>bad gateway</html>")]
    [InlineData(HttpOutcome.Answered, 200, "{\"status\": \"success\", \"reference_id\": ")]
    [InlineData(HttpOutcome.Answered, 200, "{\"status\": \"success\"}")]
    public void Step_TransientFailure_RetriesThatRecordLater_WithJitteredBackoff(HttpOutcome outcome, int status, string body)
    {
        Sell(_journal, 1);
        _http.Then(outcome, status, body);

        _engine.Step(Now, Now);

        var permit = _journal.Find(1)!;
        Assert.Equal((PermitState.Sold, 1), (permit.State, permit.Attempts));
        Assert.InRange(permit.NextAttemptMs, Now, Now + Settings.BackoffMinimumMs * 2);
    }

    [Fact]
    public void Step_DataError_RejectsTheRecord_KeepingCodeAndMessage()
    {
        Sell(_journal, 1);
        _http.ThenAnswer(400, "{\"ErrorCode\":9006,\"ErrorMessage\":\"Plate is a required field.\"}");

        _engine.Step(Now, Now);

        var permit = _journal.Find(1)!;
        Assert.Equal((PermitState.Rejected, 9006, "Plate is a required field.", PermitState.Sold), (permit.State, permit.ErrorCode, permit.ErrorMessage, permit.RejectedFrom));
    }

    [Fact]
    public void Step_OneFailingRecord_DoesNotBlockTheOthers()
    {
        Sell(_journal, 1);
        Sell(_journal, 2);
        _http.ThenAnswer(503, "down");

        _engine.Step(Now, Now);
        _engine.Step(Now, Now);

        Assert.Equal(PermitState.Sold, _journal.Find(1)!.State);
        Assert.Equal(PermitState.Pushed, _journal.Find(2)!.State);
    }

    [Fact]
    public void Step_VoidOncePushTaken_PushesFirstThenDeletes_WithTheReference()
    {
        Sell(_journal, 1);
        _journal.TakeDue(Now);
        _journal.RequestVoid(1);

        _engine.Step(Now, Now);
        _engine.Step(Now, Now);

        Assert.EndsWith("/permits/push", _http.Sent[0].Url);
        Assert.EndsWith("/permits/delete", _http.Sent[1].Url);
        Assert.Contains("\"referenceID\":\"ref-1\"", _http.Sent[1].Body);
        Assert.Equal(PermitState.Voided, _journal.Find(1)!.State);
    }

    [Fact]
    public void Step_TimeAddedAfterAnAttempt_PushCarriesTheOriginalEnd_ThenAnUpdateTheNewOne()
    {
        Sell(_journal, 1);
        _http.Then(HttpOutcome.NoAnswer);
        _engine.Step(Now, Now);
        _journal.CommitAddedTime(1, Now + 7_200_000, 100);

        _engine.Step(Now + Settings.BackoffMaximumMs, Now + Settings.BackoffMaximumMs);
        _engine.Step(Now + Settings.BackoffMaximumMs, Now + Settings.BackoffMaximumMs);

        Assert.Equal(_http.Sent[0].Body, _http.Sent[1].Body);
        Assert.EndsWith("/permits/update", _http.Sent[2].Url);
        Assert.Contains("\"Amount\":\"3.01\"", _http.Sent[2].Body);
        Assert.Equal(PermitState.Updated, _journal.Find(1)!.State);
    }

    [Fact]
    public void Step_TimeAddedWithoutAReference_IsPushedAsALinkedPermit()
    {
        Sell(_journal, 1);
        _journal.RecordDelivered(1);
        _journal.CommitAddedTime(1, Now + 7_200_000, 100);

        _engine.Step(Now, Now);
        _engine.Step(Now, Now);

        var linked = _journal.Snapshot().Single(p => p.LinkedSeq == 1);
        Assert.Equal(PermitState.Pushed, linked.State);
        Assert.Contains("\"permitNo\":\"M7-2\"", _http.Sent.Single().Body);
        Assert.Contains("\"Amount\":\"1.00\"", _http.Sent.Single().Body);
    }

    [Theory]
    [InlineData(9009, PermitState.Voided)]
    [InlineData(9022, PermitState.Voided)]
    public void Step_DeleteOfAPermitOpsComLacks_CountsAsVoided(int code, PermitState state)
    {
        Sell(_journal, 1);
        _journal.RecordPushed(1, "ref-x");
        _journal.RequestVoid(1);
        _http.ThenAnswer(404, "{\"ErrorCode\":" + code + ",\"ErrorMessage\":\"m\"}");

        _engine.Step(Now, Now);

        Assert.Equal(state, _journal.Find(1)!.State);
    }

    [Fact]
    public void Step_UpdateOfAPermitOpsComLacks_IsRejectedForTheOperator()
    {
        Sell(_journal, 1);
        _journal.RecordPushed(1, "ref-x");
        _journal.CommitAddedTime(1, Now + 7_200_000, 100);
        _http.ThenAnswer(404, "{\"ErrorCode\":9009,\"ErrorMessage\":\"Record not found.\"}");

        _engine.Step(Now, Now);

        Assert.Equal((PermitState.Rejected, PermitState.TimeAdded), (_journal.Find(1)!.State, _journal.Find(1)!.RejectedFrom));
    }

    [Fact]
    public void Backoff_StaysWithinTheCap_AndSpreadsOut()
    {
        var backoff = new Backoff(1000, 60_000, new Random(1));

        var delays = Enumerable.Range(0, 2000).Select(_ => backoff.DelayMs(40)).ToList();

        Assert.All(delays, d => Assert.InRange(d, 0, 60_000));
        Assert.True(delays.Distinct().Count() > 1000);
        Assert.All(Enumerable.Range(0, 200).Select(_ => backoff.DelayMs(0)), d => Assert.InRange(d, 0, 1000));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Step_ClockCorrectedAfterAFailure_RetriesAfterItsBackoff_NeitherLaterNorSooner(int hours)
    {
        Sell(_journal, 1);
        _http.ThenAnswer(500, "oops");
        _engine.Step(Now, Now);
        long correction = hours * 3_600_000L;

        // SNTP steps the wall clock; the monotonic clock goes on.
        _engine.Step(Now + correction + 1, 1 + Now);
        Assert.Single(_http.Sent);
        long backoffEnd = Now + Settings.BackoffMinimumMs + 1000;
        _engine.Step(backoffEnd + correction, backoffEnd);

        Assert.Equal(2, _http.Sent.Count);
        Assert.Equal(PermitState.Pushed, _journal.Find(1)!.State);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Step_ClockCorrectedWhilePaused_ResumesWhenThePauseEnds(int hours)
    {
        Sell(_journal, 1);
        _http.Then(HttpOutcome.NotConnected);
        _engine.Step(Now, Now);
        long correction = hours * 3_600_000L;

        _engine.Step(Now + correction + 1, Now + 1);
        Assert.Single(_http.Sent);
        long pauseEnd = Now + Settings.BackoffMinimumMs + 1;
        _engine.Step(pauseEnd + correction, pauseEnd);

        Assert.Equal(2, _http.Sent.Count);
    }
}
