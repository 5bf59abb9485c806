using System;
using System.Linq;
using System.Threading;
using Meter.Core.Diagnostics;
using Meter.Core.Display;
using Meter.Core.Net;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Core.Tests.Sync;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Xunit;

namespace Meter.Core.Tests.Sale;

/// <summary>
/// "Already covered", the whole way: the UI loop confirms a plate, the sync worker asks OPSCOM's plate validation (a
/// scripted port) ahead of its backlog, and the answer reaches the screen only before the first coin and in time.
/// </summary>
public class AlreadyCoveredTests
{
    // 2026-07-06 10:00 EDT.
    private static readonly long Ten = new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();

    private const string Monthly = """
        { "error": 0, "data": { "response": "standard: MONTHLY-DT\n Expires: 2026-08-31 23:59:59\n\n", "plate": "A",
          "responseJSON": { "permits": [ { "expires": "2026-08-31 23:59:59", "type": "standard", "shortName": "MONTHLY-DT" } ] } }, "message": "" }
        """;

    private const string AlarmOnly = """
        { "error": 0, "data": { "response": "ALARM: 15-AS123 Lex Luthor wanted by OPS.\n\n", "plate": "A",
          "responseJSON": { "alarm": "15-AS123 Lex Luthor wanted by OPS." } }, "message": "" }
        """;

    private readonly FakeClock _clock = new(Ten, trusted: true);
    private readonly ScriptedHttpPort _http = new();
    private readonly MeterLog _log = new(64);
    private readonly MeterAssembly _meter;

    public AlreadyCoveredTests()
    {
        var config = BootedMeter.ConfigWith("covering_permits =\n", "covering_permits = MONTHLY-DT, LOT4\n");
        _meter = new MeterAssembly(config, new SimulatedLittleFs(), null, _http, _clock, new RecordingDisplay(), _log, new Random(1));
        _meter.Loop.Step();
    }

    private Screen Screen => _meter.Loop.Flow.Screen;

    [Fact]
    public void ACoveringPermit_AnsweredBeforeTheFirstCoin_IsShown_AndCCancels()
    {
        _http.ThenAnswer(200, Monthly);
        ConfirmPlate();
        Assert.Empty(_http.Sent); // the UI thread sent nothing

        _meter.Worker.Cycle();
        Step();

        Assert.Equal("ALREADY COVERED\nMONTHLY-DT UNTIL\n31 AUG\nC=CANCEL\n#=PAY ANYWAY\n", Screen.ToString());
        Assert.Contains("/api/v1/validate/plate", _http.Sent.Single().Url);
        Assert.True(_meter.Loop.Flow.CoinsEnabled);
        Press('C');
        Assert.Equal(ScreenKind.Idle, Screen.Kind);
        Assert.False(_meter.Journal.SaleReserved);
    }

    [Fact]
    public void OnTheCoveredScreen_HashOrACoin_PaysAnyway()
    {
        _http.ThenAnswer(200, Monthly).ThenAnswer(200, Monthly);
        ConfirmPlate();
        _meter.Worker.Cycle();
        Step();
        Press('#');
        Assert.Equal("PAY A", Screen.Title);

        Press('C');
        ConfirmPlate();
        _meter.Worker.Cycle();
        Step();
        Assert.Equal(ScreenKind.Covered, Screen.Kind);
        Coin(100);
        Assert.Equal(("PAY A", "$1.00"), (Screen.Title, Screen.Big));
        Press('#');
        Assert.Equal(ScreenKind.Paid, Screen.Kind);
    }

    [Fact]
    public void TheCheck_GoesAheadOfTheBacklog_AndAnAnswerThatComesAfterACoin_IsNotShown()
    {
        for (int i = 0; i < 3; i++)
        {
            _meter.Journal.CommitSale("Q" + i, "Lot 4", "CAD", Ten, Ten, Ten + 3_600_000, 250, 0);
        }

        _http.ThenAnswer(200, Monthly);
        ConfirmPlate();
        // While the validation request is on the wire, the motorist feeds a coin (the UI thread runs meanwhile).
        _http.WhileOnTheWire = () => Coin(25);
        _meter.Worker.Cycle();
        Step();

        Assert.Contains("/api/v1/validate/plate", _http.Sent[0].Url); // first, before the three pushes waiting
        Assert.Equal(("PAY A", "$0.25"), (Screen.Title, Screen.Big));
    }

    [Fact]
    public void AnAnswerLaterThanTheWait_IsNotShown()
    {
        _http.ThenAnswer(200, Monthly);
        ConfirmPlate();
        _http.WhileOnTheWire = () => _clock.Advance(1_600); // [opscom] covered_wait_ms is 1,500
        _meter.Worker.Cycle();
        Step();

        Assert.Equal(ScreenKind.Payment, Screen.Kind);
    }

    [Theory]
    [InlineData(HttpOutcome.NotConnected)]
    [InlineData(HttpOutcome.NoAnswer)]
    public void NetworkDownOrNoAnswer_TheSaleGoesOnSilently(HttpOutcome outcome)
    {
        _http.Then(outcome);
        ConfirmPlate();
        _meter.Worker.Cycle();
        Step();

        Assert.Equal(("PAY A", "INSERT COINS"), (Screen.Title, Screen.Line1));
    }

    [Fact]
    public void AnAlarmAlone_IsNeitherShownNorLogged()
    {
        _http.ThenAnswer(200, AlarmOnly);
        ConfirmPlate();
        _meter.Worker.Cycle();
        for (int i = 0; i < 10; i++)
        {
            Step();
        }

        Assert.Equal(ScreenKind.Payment, Screen.Kind);
        Assert.DoesNotContain("LUTHOR", _log.Text().ToUpperInvariant());
        Assert.DoesNotContain("ALARM", _log.Text().ToUpperInvariant());
    }

    [Fact]
    public void TimeAddedToAPermitBoughtHere_IsNotChecked()
    {
        _http.ThenAnswer(200, AlarmOnly);
        ConfirmPlate();
        _meter.Worker.Cycle();
        Coin(100);
        Press('#');
        Press('*'); // the paid screen gives way to idle
        ConfirmPlate();
        Assert.Equal(ScreenKind.AddTime, Screen.Kind);
        _meter.Worker.Cycle();

        Assert.Single(_http.Sent, s => s.Url.Contains("validate"));
    }

    private void ConfirmPlate() => Press('*', '2', '#', '#');

    private void Press(params char[] keys)
    {
        foreach (char key in keys)
        {
            _clock.Advance(100);
            _meter.Loop.Inputs.Enqueue(InputKind.Key, key);
            _meter.Loop.Step();
        }
    }

    private void Coin(long cents)
    {
        _clock.Advance(100);
        _meter.Loop.Inputs.Enqueue(InputKind.Coin, cents);
        _meter.Loop.Step();
    }

    private void Step()
    {
        _clock.Advance(50);
        _meter.Loop.Step();
    }
}
