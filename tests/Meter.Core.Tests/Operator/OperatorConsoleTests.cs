using System;
using System.Linq;
using Meter.TestKit.Fakes;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Tests.Sale;
using Meter.Core.Tests.Sync;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;
using Meter.Core.Sale;

namespace Meter.Core.Tests.Operator;

public class OperatorConsoleTests
{
    private readonly MeterConfig _config = SaleFlowTests.Config();
    private readonly PermitJournal _journal;
    private readonly ScriptedHttpPort _http = new();
    private readonly OperatorConsole _console;
    private readonly SyncEngine _engine;
    private readonly ConsoleSession _session = new();
    private readonly MeterLog _log = new(16);
    private readonly FakeClock _clock = new(Now, trusted: true);

    public OperatorConsoleTests()
    {
        _journal = new PermitJournal(new SimulatedLittleFs(), _config.Journal, _config.Meter.Id);
        _journal.Mount();
        var requests = new OpsComRequests(_config.OpsCom, _config.Secrets.ApiToken, _config.Tariff.Zone);
        _engine = new SyncEngine(_journal, _http, requests, _config.Sync, new Random(1));
        _console = new OperatorConsole(_journal, _engine.Status, _config, new FakeMeterStatus(), new OpsComQueries(_http, requests, 1000, 4096), _log, _clock);
    }

    [Fact]
    public void AnEmptyLineAtThePinPrompt_CancelsTheCommand_AndCountsNoWrongPin()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);

        Run("void " + sale.PermitNo);
        string cancelled = Run("");
        string status = Run("status");

        Assert.Equal(OperatorConsole.CancelledPin, cancelled);
        Assert.Contains("network", status);
        Assert.Equal(PermitState.Sold, _journal.Find(sale.Seq)!.State);
        Assert.DoesNotContain("wrong PIN", _log.Text());
    }

    [Fact]
    public void Void_AsksForThePin_AndVoidsOnlyWithTheRightOne()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);

        string ask = Run("void " + sale.PermitNo);
        string wrong = Run("1234");
        Run("void " + sale.PermitNo);
        string right = Run(_config.Secrets.TechnicianPin);

        Assert.Contains("technician PIN?", ask);
        Assert.Contains("wrong PIN, nothing done", wrong);
        Assert.Contains("is now voided", right);
        Assert.Equal(PermitState.Voided, _journal.Find(sale.Seq)!.State);
        Assert.DoesNotContain(_config.Secrets.TechnicianPin, _log.Text());
    }

    [Fact]
    public void PinGuessing_AcrossReconnects_IsRefusedWithGrowingDelays()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        long now = Now;
        var locks = new System.Collections.Generic.List<long>();
        for (int guess = 0; guess < 6; guess++)
        {
            // Every guess on a new connection, as a script reconnecting with nc would.
            var session = new ConsoleSession();
            Assert.Contains("technician PIN?", _console.Execute(session, "void " + sale.PermitNo, now));
            Assert.Contains("wrong PIN", _console.Execute(session, (1000 + guess).ToString(), now));
            long lockedFor = LockSeconds(_console.Execute(new ConsoleSession(), "void " + sale.PermitNo, now));
            locks.Add(lockedFor);
            now += lockedFor * 1000;
            _clock.Advance(lockedFor * 1000);
        }

        Assert.Equal(new long[] { 0, 0, 30, 60, 120, 240 }, locks);
        Assert.Equal(PermitState.Sold, _journal.Find(sale.Seq)!.State);
        Assert.Contains("PIN entry locked for 4m 0s", _log.Text());
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void PinLockout_LastsItsTime_WhateverTheWallClockIsSetTo(int hours)
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        for (int guess = 0; guess < 3; guess++)
        {
            Run("void " + sale.PermitNo);
            Run("9999");
        }

        _clock.SetUtc(Now + hours * 3_600_000L);
        long lockedAfterCorrection = LockSeconds(_console.Execute(new ConsoleSession(), "void " + sale.PermitNo, _clock.UtcMs));
        _clock.Advance(30_000);
        string after = _console.Execute(new ConsoleSession(), "void " + sale.PermitNo, _clock.UtcMs);

        Assert.Equal(30, lockedAfterCorrection);
        Assert.Contains("technician PIN?", after);
    }

    [Fact]
    public void PinTypedWhileLocked_IsNotCheckedNorEchoed()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        var waiting = new ConsoleSession();
        _console.Execute(waiting, "void " + sale.PermitNo, Now);
        for (int i = 0; i < 3; i++)
        {
            Run("void " + sale.PermitNo);
            Run("9999");
        }

        string right = _console.Execute(waiting, _config.Secrets.TechnicianPin, Now);
        string typedAfterLock = Run("4321");

        Assert.Contains("locked", right);
        Assert.Equal(PermitState.Sold, _journal.Find(sale.Seq)!.State);
        Assert.DoesNotContain("4321", typedAfterLock);
        Assert.DoesNotContain(_config.Secrets.TechnicianPin, right + _log.Text());
    }

    [Fact]
    public void Clear_WithThePin_MarksARejectedPermitCleared_NotVoided()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        Assert.Contains("only a rejected permit", Run("clear " + sale.PermitNo));
        _journal.RecordRejected(sale.Seq, 9033, "The field's value is invalid.");
        Assert.Contains("REJECTED 1", Run("status"));

        Assert.Contains("technician PIN?", Run("clear " + sale.PermitNo));
        Assert.Contains("is now cleared", Run(_config.Secrets.TechnicianPin));

        Assert.Equal(PermitState.Cleared, _journal.Find(sale.Seq)!.State);
        Assert.DoesNotContain("REJECTED", Run("status"));
        Assert.Contains("console: clear of " + sale.PermitNo, _log.Text());
    }

    [Fact]
    public void Void_OfAPermitPrunedWhileThePinWasTyped_SaysSo()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 60_000, 250, 0);
        _journal.CommitSale("NEWER1", "Lot 4", "CAD", Now, Now, Now + 60_000, 250, 0);
        _journal.RecordPushed(sale.Seq, "ref-1");
        Run("void " + sale.PermitNo);
        _journal.Prune(Now + 24 * 3_600_000L);

        Assert.Contains("no permit " + sale.PermitNo + " any more", Run(_config.Secrets.TechnicianPin));
    }

    [Fact]
    public void Status_SaysHowMuchOfTheStorageIsTakenWhateverThePermits()
    {
        _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);

        string storage = Run("status").Split('\n').Single(l => l.StartsWith("storage"));

        Assert.Contains($"({_journal.FixedFlashBytes / 1024} KiB of it is littlefs's directory blocks, there however few permits), 1 of 1000 permits", storage);
        Assert.True(_journal.FixedFlashBytes > 0 && _journal.FixedFlashBytes <= _journal.EstimatedFlashBytes);
    }

    [Fact]
    public void Status_SaysPermitsWait_InsteadOfOk_AndShowsTheTroubleCounters()
    {
        Assert.Contains("sync     ok, nothing waiting", Run("status"));
        _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);

        string status = Run("status");

        Assert.Contains("sync     1 permit(s) waiting for OPSCOM", status);
        Assert.DoesNotContain("sync     ok", status);
        Assert.Contains("trouble  dropped inputs 7, worker exceptions 0, maintenance failures 0", status);
    }

    [Fact]
    public void OverlongLine_IsRefused_AndUnknownCommandsAreNotEchoed()
    {
        Assert.Contains("line longer than", Run(new string('x', _config.Console.MaximumLine + 1)));
        Assert.Equal("unknown command; 'help' lists the commands\n", Run("frobnicate"));
    }

    [Fact]
    public void Config_MasksEverySecret()
    {
        string printed = Run("config");

        Assert.DoesNotContain(_config.Secrets.ApiToken, printed);
        Assert.DoesNotContain("pin = ", printed);
        Assert.Contains("[tariff]", printed);
    }

    [Fact]
    public void Retry_SendsARejectedPermitAgain()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        _journal.RecordRejected(sale.Seq, 9033, "The field's value is invalid.");

        Assert.Contains("error 9033", Run("queue"));
        Assert.Contains("1 permit(s) queued again", Run("retry " + sale.PermitNo));
        Assert.Equal(PermitState.Sold, _journal.Find(sale.Seq)!.State);
        Assert.Contains("not a rejected permit", Run("retry " + sale.PermitNo));
    }

    [Fact]
    public void Retry_AfterARevokedTokenIsFixed_ResumesSyncingAtOnce_AndLeavesAVoidOnlyOpsComCanDo()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        var stuck = _journal.CommitSale("XYZ789", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        _journal.RecordRejected(stuck.Seq, 9008, "no reference id from OPSCOM (it answered 9022): void this permit in OPSCOM by hand");
        _http.ThenAnswer(401, "{\"ErrorCode\":9001,\"ErrorMessage\":\"Invalid API token.\"}");
        _engine.Step(Now, Now);
        Assert.Equal(9001, _engine.Status.Snapshot().AlertCode);

        string all = Run("retry");
        _engine.Step(Now + 1000, Now + 1000);

        Assert.Contains("0 permit(s) queued again; 1 to void in OPSCOM by hand, then clear", all);
        Assert.Contains("sync resumes now", all);
        Assert.Equal(PermitState.Pushed, _journal.Find(sale.Seq)!.State);
        Assert.Equal(0, _engine.Status.Snapshot().AlertCode);
        Assert.Contains("cannot be sent again (OPSCOM gave no reference id)", Run("retry " + stuck.PermitNo));
        Assert.Equal(PermitState.Rejected, _journal.Find(stuck.Seq)!.State);
    }

    [Fact]
    public void StatsAndValidate_AskOpsCom_AndShowItsAnswer()
    {
        _http.ThenAnswer(200, "{\"data\": [{\"type\": \"temp\", \"zone\": \"Lot 4\", \"total\": \"3\"}]}");
        _http.ThenAnswer(200, "{\"error\": 0, \"data\": {\"response\": \"temp: Lot 4\\n Expires: 2026-07-06 11:00:00\", \"plate\": \"ABC123\", \"responseJSON\": {}}, \"message\": \"\"}");
        _http.Then(HttpOutcome.NotConnected);

        string stats = Run("stats Lot 4");
        string validate = Run("validate abc123");
        string offline = Run("stats");

        Assert.Contains("Lot 4", stats);
        Assert.Contains("3", stats);
        Assert.Contains("\"zones\":\"Lot 4\"", _http.Sent[0].Body);
        Assert.Contains("Expires: 2026-07-06 11:00:00\n(times in UTC)", validate);
        Assert.Contains("\"plate\":\"ABC123\"", _http.Sent[1].Body);
        Assert.Contains("not connected", offline);
    }

    [Fact]
    public void Void_OfAPermitWhoseAddedTimeWasSplitOff_VoidsTheExtensionToo_AndSaysWhatNeedsAHand()
    {
        var sale = _journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 250, 0);
        _journal.RecordDelivered(sale.Seq);
        _journal.CommitAddedTime(sale.Seq, Now + 7_200_000, 250);
        var extension = _journal.SplitAddedTime(sale.Seq, Now)!;
        _journal.RecordPushed(extension.Seq, "ref-2");

        Run("void " + sale.PermitNo);
        string answer = Run(_config.Secrets.TechnicianPin);

        Assert.Contains(sale.PermitNo + " is now void-requested", answer);
        Assert.Contains(extension.PermitNo + " (time added to " + sale.PermitNo + ") is now void-requested", answer);
        Assert.Contains("void it in OPSCOM by hand", answer);
        Assert.Equal(PermitState.VoidRequested, _journal.Find(extension.Seq)!.State);
        Assert.Equal(PermitState.VoidRequested, _journal.Find(sale.Seq)!.State);
    }

    private string Run(string line) => _console.Execute(_session, line, Now);

    private static long LockSeconds(string answer)
    {
        var match = System.Text.RegularExpressions.Regex.Match(answer, @"locked for (?:(\d+)m )?(\d+)s");
        return match.Success ? (match.Groups[1].Success ? long.Parse(match.Groups[1].Value) * 60 : 0) + long.Parse(match.Groups[2].Value) : 0;
    }

    private sealed class FakeMeterStatus : IMeterStatus
    {
        public bool ClockTrusted => true;

        public int UnknownCoins => 0;

        public long OverpaidCents => 0;

        public long NotRecordedCents => 0;

        public int DroppedInputs => 7;

        public string ScreenTitle => "LOT 4";
    }
}
