using System;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Xunit;

namespace Meter.Core.Tests.Sale;

/// <summary>The sale flow's two languages, its plate confirmation and its out-of-service rows.</summary>
public class SaleFlowLanguageTests
{
    // Monday 2026-07-06 10:00 local (EDT): $2.50/h.
    private static readonly long Ten = new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();
    private const char WakeKey = SaleFlowTests.WakeKey;
    private readonly FakeSaleContext _context = new();
    private readonly SaleFlow _flow;
    private long _ms = 1_000_000;

    public SaleFlowLanguageTests()
    {
        _flow = new SaleFlow(SaleFlowTests.Config(), _context);
        _flow.OnTick(Ten, _ms);
    }

    [Fact]
    public void KeyB_SwitchesTheSaleToFrench_AndTheNextSaleStartsInEnglish()
    {
        Key(WakeKey);
        Assert.Equal("B: FRAN\u00C7AIS", _flow.Screen.Line1[^11..]);
        Key('B');
        Assert.Equal(("ENTREZ LA PLAQUE", "A=SUIVANT  B: ENGLISH"), (_flow.Screen.Title, _flow.Screen.Line1));
        Key('2');
        Key('#');
        Assert.Equal("EST-CE VOTRE PLAQUE ?", _flow.Screen.Title);
        Key('#');
        Assert.Equal(("PAYER A", "INS\u00C9REZ DES PI\u00C8CES"), (_flow.Screen.Title, _flow.Screen.Line1));
        Coin(100);
        Key('#');
        _flow.OnCommitted(new PermitRecord { PermitNo = "L4-0001-1", EndUtcMs = _flow.PendingCommit!.EndUtcMs });
        Assert.Equal(("PAY\u00C9", "JUSQU'\u00C0 10 h 24"), (_flow.Screen.Title, _flow.Screen.Footer));

        Key('1');
        Assert.Equal(("LOT 4", "ENTER YOUR PLATE"), (_flow.Screen.Title, _flow.Screen.Line2));
    }

    [Fact]
    public void KeyB_OnIdle_WakesTheMeterInTheOtherLanguage_AndAnAbandonedPlateReturnsToTheDefault()
    {
        Key('B');
        Assert.Equal((ScreenKind.Plate, "ENTREZ LA PLAQUE"), (_flow.Screen.Kind, _flow.Screen.Title));
        Key('B');
        Assert.Equal("ENTER PLATE", _flow.Screen.Title);
        Key('B');

        _ms += 61_000;
        _flow.OnTick(Ten, _ms);

        Assert.Equal((ScreenKind.Idle, "PRESS ANY KEY"), (_flow.Screen.Kind, _flow.Screen.Line3));
    }

    [Fact]
    public void KeyB_WhileOutOfService_SwitchesNothing()
    {
        _context.ClockTrusted = false; // lost between two ticks: the idle screen still shows, the key starts nothing
        Key('B');
        _context.ClockTrusted = true;
        _flow.OnTick(Ten, _ms += 300);

        Assert.Equal(("ENTER YOUR PLATE", "B: FRAN\u00C7AIS"), (_flow.Screen.Line2, _flow.Screen.Footer));
    }

    [Fact]
    public void OneLanguageMeter_ShowsNoSwitchKey_AndBSwitchesNothing()
    {
        var french = new SaleFlow(SaleFlowTests.Config("fr"), _context);
        french.OnTick(Ten, _ms);
        Assert.Equal(("APPUYEZ UNE TOUCHE", ""), (french.Screen.Line3, french.Screen.Footer));

        french.OnKey('B', Ten, _ms += 100);
        french.OnKey('B', Ten, _ms += 100);

        Assert.Equal(("ENTREZ LA PLAQUE", "A=SUIVANT", "_"), (french.Screen.Title, french.Screen.Line1, french.Screen.Big));
    }

    [Fact]
    public void Confirmation_ShowsThePlateLarge_CEditsItWithThePlateKept_AndOnlyThenCoinsGoIn()
    {
        Key(WakeKey);
        Key('2');
        Key('#');
        Assert.Equal((ScreenKind.Confirm, "IS THIS YOUR PLATE?", "A", "#=OK  C=EDIT"), (_flow.Screen.Kind, _flow.Screen.Title, _flow.Screen.Big, _flow.Screen.Footer));
        Assert.False(_flow.CoinsEnabled);

        Key('C');
        Assert.Equal((ScreenKind.Plate, "A"), (_flow.Screen.Kind, _flow.Screen.Big));
        Key('3');
        Key('#');
        Assert.Equal("AD", _flow.Screen.Big);
        Key('#');
        Assert.Equal(("PAY AD", true), (_flow.Screen.Title, _flow.CoinsEnabled));
    }

    [Fact]
    public void Confirmation_OfAPlatePaidHere_SaysUntilWhen_AndAsksToAddTime()
    {
        _context.Active["A"] = new PermitRecord { Seq = 7, PermitNo = "L4-0001-7", Plate = "A", StartUtcMs = Ten - 600_000, EndUtcMs = Ten + 16_200_000, AmountCents = 71 };
        Key(WakeKey);
        Key('2');
        Key('#');

        Assert.Equal("ADD TIME?\n\nA\nALREADY PAID UNTIL\n14:30\n#=OK  C=EDIT", _flow.Screen.ToString());
    }

    [Fact]
    public void Confirmation_LeftAlone_ReturnsToIdle()
    {
        Key(WakeKey);
        Key('2');
        Key('#');

        _ms += 61_000;
        _flow.OnTick(Ten, _ms);

        Assert.Equal(ScreenKind.Idle, _flow.Screen.Kind);
    }

    [Fact]
    public void OutOfService_ForAConfigurationError_ShowsItsLineNumberAndKey_OnThreeRows()
    {
        var flow = SaleFlow.InvalidConfiguration("line 123: tariff.maximum_stay: must be 1-1440 minutes, a multiple of the block");

        Assert.Equal(("INVALID CONFIG:", "line 123:", "tariff.maximum_stay:"), (flow.Screen.Line1, flow.Screen.Line2, flow.Screen.Line3));
    }

    private void Key(char key) => _flow.OnKey(key, Ten, _ms += 100);

    private void Coin(long cents) => _flow.OnCoin(cents, Ten, _ms += 100);
}
