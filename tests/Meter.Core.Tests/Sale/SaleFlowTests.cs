using System;
using System.IO;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Xunit;

namespace Meter.Core.Tests.Sale;

public class SaleFlowTests
{
    // Monday 2026-07-06 10:00 local (EDT, UTC-4): $2.50/h until 12:00, 3 h maximum, 5c minimum.
    private static readonly long Ten = new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();
    private readonly FakeSaleContext _context = new();
    private readonly SaleFlow _flow;
    private long _ms = 1_000_000;

    // The idle screen's "press any key": the key that wakes the meter is not typed.
    internal const char WakeKey = '*';

    public SaleFlowTests()
    {
        _flow = new SaleFlow(Config(), _context);
        _flow.OnTick(Ten, _ms);
    }

    internal static MeterConfig Config() => Config("en, fr");

    /// <summary>The committed nf.config with <paramref name="languages"/> as its [meter] languages.</summary>
    internal static MeterConfig Config(string languages)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Config", "Fixtures");
        string text = File.ReadAllText(Path.Combine(folder, "nf.config"));
        Assert.Contains("\nlanguages = en, fr\n", text);
        var errors = new ConfigErrors();
        var config = MeterConfigReader.Read(text.Replace("\nlanguages = en, fr\n", "\nlanguages = " + languages + "\n"), File.ReadAllText(Path.Combine(folder, "secrets.example.config")), errors);
        Assert.True(config != null, errors.ToString());
        return config!;
    }

    [Fact]
    public void Idle_ShowsZoneRateAndTime_AndRefusesCoins()
    {
        Assert.Equal(ScreenKind.Idle, _flow.Screen.Kind);
        Assert.Equal("LOT 4\n$2.50/HOUR\n10:00\nENTER YOUR PLATE\nPRESS ANY KEY\nB: FRAN\u00C7AIS", _flow.Screen.ToString());
        Assert.False(_flow.CoinsEnabled);
    }

    [Theory]
    [InlineData('2')]
    [InlineData('#')]
    [InlineData('*')]
    [InlineData('A')]
    public void KeyOnIdle_OnlyWakesTheMeter_AndTypesNothing(char key)
    {
        Key(key);

        Assert.Equal(ScreenKind.Plate, _flow.Screen.Kind);
        Key('3');
        Key('#');
        Key('#');
        Assert.Equal("PAY D", _flow.Screen.Title);
    }

    [Fact]
    public void PlateThenOk_OpensPayment_AndOnlyThenAcceptsCoins()
    {
        Key(WakeKey);
        Key('2');
        Assert.False(_flow.CoinsEnabled);
        Key('#');
        Assert.Equal((ScreenKind.Confirm, false), (_flow.Screen.Kind, _flow.CoinsEnabled));
        Key('#');

        Assert.Equal(ScreenKind.Payment, _flow.Screen.Kind);
        Assert.True(_flow.CoinsEnabled);
    }

    [Fact]
    public void Pay_ShowsPaidOnlyAfterTheJournalCommitted()
    {
        Pay("A", 100);
        Key('#');

        Assert.Equal(ScreenKind.Wait, _flow.Screen.Kind);
        Assert.False(_flow.CoinsEnabled);
        var commit = _flow.PendingCommit!;
        Assert.Equal(("A", 100L, Ten + 24 * 60_000), (commit.Plate, commit.ChargedCents, commit.EndUtcMs));
        _flow.OnCommitted(new PermitRecord { PermitNo = "L4-0001-1", EndUtcMs = commit.EndUtcMs });
        Assert.Equal(ScreenKind.Paid, _flow.Screen.Kind);
        Assert.Contains("VALID UNTIL 10:24", _flow.Screen.ToString());
    }

    [Fact]
    public void CancelWithCredit_ConfirmsWhatTheCreditBuys_WithoutCredit_GoesIdle()
    {
        Pay("A", 25);
        Key('C');
        Assert.NotNull(_flow.PendingCommit);

        var other = new SaleFlow(Config(), _context);
        other.OnTick(Ten, _ms);
        other.OnKey(WakeKey, Ten, _ms);
        other.OnKey('2', Ten, _ms);
        other.OnKey('#', Ten, _ms);
        other.OnKey('#', Ten, _ms);
        other.OnKey('C', Ten, _ms);
        Assert.Null(other.PendingCommit);
        Assert.Equal(ScreenKind.Idle, other.Screen.Kind);
    }

    [Fact]
    public void WalkingAway_AfterCoins_ConfirmsTheSale()
    {
        Pay("A", 25);

        _flow.OnTick(Ten + 61_000, _ms + 61_000);

        Assert.Equal(25, _flow.PendingCommit!.ChargedCents);
    }

    [Fact]
    public void MaximumStay_StopsCoins_AndACoinPastItIsCountedAsOverpaid()
    {
        Pay("A", 800);
        Assert.True(_flow.CoinsEnabled);
        // 10:00-13:00: $5.00 until 12:00, then $3.00/h at 150 % after two hours = $4.50; the last 7.5-cent
        // minute need only be started, so $9.43 reaches the maximum.
        Assert.Equal(943 - 800, _flow.CreditRoomCents);

        Coin(200);

        var commit = _flow.PendingCommit!;
        Assert.Equal((943L, 57L), (commit.ChargedCents, commit.OverpaidCents));
    }

    [Fact]
    public void ClockNotSet_OrJournalFull_IsOutOfService_WithTheReason()
    {
        _context.ClockTrusted = false;
        Tick();
        Assert.Equal((ScreenKind.OutOfService, false), (_flow.Screen.Kind, _flow.CoinsEnabled));
        Assert.Contains("CLOCK NOT SET", _flow.Screen.ToString());

        _context.ClockTrusted = true;
        _context.FullReason = "journal full: 2000 permits waiting";
        Tick();
        Assert.Contains("JOURNAL FULL", _flow.Screen.ToString());
        Key('2');
        Assert.Equal(ScreenKind.OutOfService, _flow.Screen.Kind);

        _context.FullReason = null;
        Tick();
        Assert.Equal(ScreenKind.Idle, _flow.Screen.Kind);
    }

    [Fact]
    public void CoinJam_DuringPayment_ConfirmsTheCreditFirst_ThenStopsSelling()
    {
        Pay("A", 100);

        _flow.OnJam(true, Ten, _ms);

        Assert.Equal(100, _flow.PendingCommit!.ChargedCents);
        _flow.OnCommitted(new PermitRecord { PermitNo = "x", EndUtcMs = Ten + 1 });
        _flow.OnKey('#', Ten, _ms);
        Tick();
        Assert.Contains("COIN JAM", _flow.Screen.ToString());
        Assert.False(_flow.CoinsEnabled);
    }

    [Fact]
    public void RunningPermit_AddsTimeToIt_FromItsEnd()
    {
        // 09:50-10:10 cost 71 cents (10 minutes at $2.00/h, 10 at $2.50/h, the last minute given whole).
        _context.Active["A"] = new PermitRecord { Seq = 7, PermitNo = "L4-0001-7", Plate = "A", StartUtcMs = Ten - 600_000, EndUtcMs = Ten + 600_000, AmountCents = 71 };

        Pay("A", 250);
        Key('#');

        Assert.Equal(ScreenKind.Wait, _flow.Screen.Kind);
        var commit = _flow.PendingCommit!;
        Assert.Equal((7, Ten + 600_000 + 3_600_000), (commit.ExtendsSeq, commit.EndUtcMs));
    }

    [Fact]
    public void Idle_OutsideEnforcement_SaysParkingIsFree()
    {
        _flow.OnTick(Ten - 86_400_000, _ms + 500);

        Assert.Contains("FREE NOW", _flow.Screen.ToString());
    }

    [Fact]
    public void FreeTime_SellsNothing()
    {
        long sunday = Ten - 86_400_000;
        _flow.OnTick(sunday, _ms);
        _flow.OnKey(WakeKey, sunday, _ms);
        _flow.OnKey('2', sunday, _ms);
        _flow.OnKey('#', sunday, _ms);
        _flow.OnKey('#', sunday, _ms);

        Assert.Equal(ScreenKind.Free, _flow.Screen.Kind);
        Assert.False(_flow.CoinsEnabled);
    }

    [Fact]
    public void CommitFailure_IsShown_AndTheMeterStopsSelling()
    {
        Pay("A", 100);
        Key('#');

        _flow.OnCommitFailed("flash write failed");

        Assert.Equal(ScreenKind.NotRecorded, _flow.Screen.Kind);
        Assert.Contains("$1.00 TAKEN", _flow.Screen.ToString());
        Assert.False(_flow.CoinsEnabled);
    }

    [Fact]
    public void InvalidConfiguration_IsOutOfServiceForGood()
    {
        var flow = SaleFlow.InvalidConfiguration("line 3: meter.zone: missing");

        flow.OnTick(Ten, 0);
        flow.OnKey('2', Ten, 0);

        Assert.Equal(ScreenKind.OutOfService, flow.Screen.Kind);
        Assert.Contains("INVALID CONFIG", flow.Screen.ToString());
        Assert.False(flow.CoinsEnabled);
    }

    private void Pay(string plate, long cents)
    {
        Key(WakeKey);
        foreach (char c in plate)
        {
            Key(c == 'A' ? '2' : c);
        }

        Key('#');
        Key('#');
        if (cents > 0)
        {
            Coin(cents);
        }
    }

    private void Key(char key)
    {
        _ms += 100;
        _flow.OnKey(key, Ten, _ms);
    }

    private void Coin(long cents)
    {
        _ms += 100;
        _flow.OnCoin(cents, Ten, _ms);
    }

    private void Tick()
    {
        _ms += 300;
        _flow.OnTick(Ten, _ms);
    }
}
