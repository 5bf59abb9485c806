using Meter.Core.Tariffs;
using Xunit;
using static Meter.Core.Tests.Tariffs.TestTariffs;

namespace Meter.Core.Tests.Tariffs;

public class TariffCalculatorTests
{
    // 2026-07-06 is a Monday; Eastern Daylight Time is UTC-4.
    private const int Edt = -4;
    private readonly TariffCalculator _downtown = new(Downtown());

    [Fact]
    public void QuoteForCredit_BeforeEnforcement_StartsAtEnforcementStart()
    {
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 7, 30, Edt), 200);

        Assert.Equal(QuoteStatus.Ok, quote.Status);
        Assert.Equal(At(2026, 7, 6, 8, 0, Edt), quote.StartUtcMs);
        Assert.Equal(At(2026, 7, 6, 9, 0, Edt), quote.EndUtcMs);
        Assert.Equal(200, quote.ChargedCents);
    }

    [Fact]
    public void QuoteForEnd_PastEndOfEnforcement_ChargesOnlyTheEnforcedPart()
    {
        var quote = _downtown.QuoteForEnd(At(2026, 7, 6, 17, 30, Edt), At(2026, 7, 6, 18, 30, Edt));

        // 30 enforced minutes at 3.33 c/min cost $1.00 exactly; 97 cents pay 29 minutes in full and start
        // the 30th, which is given whole. Nothing is charged for 18:00-18:30.
        Assert.Equal(QuoteStatus.Ok, quote.Status);
        Assert.Equal(97, quote.ChargedCents);
        Assert.True(quote.EndUtcMs >= At(2026, 7, 6, 18, 30, Edt));
    }

    [Fact]
    public void QuoteForCredit_CoveringEnforcementToItsEnd_RunsOnThroughFreeTimeUpToMaximumStay()
    {
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 17, 30, Edt), 100);

        Assert.Equal(QuoteStatus.Ok, quote.Status);
        Assert.Equal(At(2026, 7, 6, 20, 30, Edt), quote.EndUtcMs);
        Assert.Equal(0, quote.ExcessCents);
    }

    [Fact]
    public void QuoteForCredit_BeyondMaximumStay_RefusesTheExcess()
    {
        // 09:00-11:00 at $2.00/h = $4.00, then 11:00-12:00 escalated to $3.00/h: $7.00 for the 3 h maximum,
        // of which the last 5-cent minute need only be started: $6.96 is charged, the rest refused.
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 9, 0, Edt), 2000);

        Assert.Equal(QuoteStatus.MaximumStayReached, quote.Status);
        Assert.Equal(At(2026, 7, 6, 12, 0, Edt), quote.EndUtcMs);
        Assert.Equal(quote.MaximumEndUtcMs, quote.EndUtcMs);
        Assert.Equal(696, quote.ChargedCents);
        Assert.Equal(1304, quote.ExcessCents);
        Assert.False(quote.IsSellable);
    }

    [Fact]
    public void QuoteForEnd_BeyondMaximumStay_IsRefused()
    {
        var quote = _downtown.QuoteForEnd(At(2026, 7, 6, 9, 0, Edt), At(2026, 7, 6, 12, 1, Edt));

        Assert.Equal(QuoteStatus.BeyondMaximumStay, quote.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(24)]
    public void QuoteForCredit_BelowMinimumPurchase_IsNotSellable(long cents)
    {
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 10, 0, Edt), cents);

        Assert.Equal(QuoteStatus.BelowMinimum, quote.Status);
        Assert.False(quote.IsSellable);
    }

    [Fact]
    public void QuoteForEnd_ShortStay_CostsAtLeastTheMinimumPurchase()
    {
        var quote = _downtown.QuoteForEnd(At(2026, 7, 6, 10, 0, Edt), At(2026, 7, 6, 10, 1, Edt));

        Assert.Equal(25, quote.ChargedCents);
    }

    [Fact]
    public void QuoteForCredit_AcrossBandChange_PaysEachBandItsRate()
    {
        // 11:30-12:00 at $2.00/h costs $1.00; the other $1.50 buys 30 min at $3.00/h.
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 11, 30, Edt), 250);

        Assert.Equal(At(2026, 7, 6, 12, 30, Edt), quote.EndUtcMs);
    }

    [Fact]
    public void QuoteForCredit_AcrossEscalation_PaysTheHigherRateAfterTheThreshold()
    {
        var calculator = new TariffCalculator(Downtown(maximumStayMinutes: 480));

        // 08:00-10:00: $4.00; from 10:00 the stay is 2 h old: 150 % of $2.00/h = $3.00/h, $3.00 buys 1 h.
        var quote = calculator.QuoteForCredit(At(2026, 7, 6, 8, 0, Edt), 700);

        Assert.Equal(At(2026, 7, 6, 11, 0, Edt), quote.EndUtcMs);
    }

    [Fact]
    public void QuoteForCredit_MinuteStraddlingARateRise_IsChargedAtTheCheaperRate()
    {
        // Start 11:59:30. The first minute crosses into the $3.00 band: it is charged at $2.00/h (3.33 cents).
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 11, 59, Edt, second: 30), 25);
        var sameAtOldRate = _downtown.QuoteForCredit(At(2026, 7, 6, 11, 0, Edt), 25);

        // 25 cents: 3.33 for the straddling minute, then 21.67 at 5 c/min = 4.33 -> 5 minutes; 6 in all.
        Assert.Equal(quote.StartUtcMs + Minutes(6), quote.EndUtcMs);
        Assert.Equal(sameAtOldRate.StartUtcMs + Minutes(8), sameAtOldRate.EndUtcMs);
    }

    [Fact]
    public void QuoteForCredit_PartlyPaidMinute_IsGivenWhole()
    {
        // $2.00/h is 3.33 c/min: 25 cents buy 7.5 minutes, the motorist gets 8.
        var quote = _downtown.QuoteForCredit(At(2026, 7, 6, 10, 0, Edt), 25);

        Assert.Equal(At(2026, 7, 6, 10, 8, Edt), quote.EndUtcMs);
    }

    [Fact]
    public void QuoteForCredit_LunchBreakInsideTheStay_IsNotCharged()
    {
        var tariff = new Tariff(Eastern, new[] { new RateBand(0, 200, 60) }, System.Array.Empty<Escalation>(),
            Week(Day(480, 720, 780, 1080), sunday: Day()), System.Array.Empty<long>(), 0, 240);

        // 11:30-12:00 $1.00, free 12:00-13:00, 13:00-13:30 $1.00.
        var quote = new TariffCalculator(tariff).QuoteForCredit(At(2026, 7, 6, 11, 30, Edt), 200);

        Assert.Equal(At(2026, 7, 6, 13, 30, Edt), quote.EndUtcMs);
    }

    [Theory]
    [InlineData(2026, 7, 5, 10, 0)]   // Sunday
    [InlineData(2026, 7, 6, 18, 0)]   // after enforcement
    [InlineData(2026, 12, 25, 10, 0)] // holiday (EST, but the hour does not matter)
    public void QuoteForCredit_WhenFreeForTheRestOfTheDay_SellsNothing(int year, int month, int day, int hour, int minute)
    {
        var quote = _downtown.QuoteForCredit(At(year, month, day, hour, minute, Edt), 200);

        Assert.Equal(QuoteStatus.NotEnforced, quote.Status);
        Assert.False(quote.IsSellable);
    }

    [Fact]
    public void QuoteForCredit_IntoAHoliday_StopsChargingAtMidnight()
    {
        var tariff = new Tariff(Eastern, new[] { new RateBand(0, 60, 60) }, System.Array.Empty<Escalation>(),
            Week(Day(0, 1440), sunday: Day(0, 1440)), new[] { DateOnlyDays(2026, 12, 25) }, 0, 180);

        // 23:00 on the 24th (EST, UTC-5): one hour paid, then the holiday is free up to the 3 h maximum.
        var quote = new TariffCalculator(tariff).QuoteForEnd(At(2026, 12, 24, 23, 0, -5), At(2026, 12, 25, 2, 0, -5));

        Assert.Equal(60, quote.ChargedCents);
    }

    [Fact]
    public void SpringForward_SixtyMinutesBought_LastSixtyRealMinutes()
    {
        var calculator = new TariffCalculator(Flat(60));
        long start = At(2026, 3, 8, 1, 30, -5);

        var quote = calculator.QuoteForCredit(start, 60);

        // Local clock reads 03:30 EDT: one real hour, though the wall clock moved two.
        Assert.Equal(At(2026, 3, 8, 3, 30, -4), quote.EndUtcMs);
        Assert.Equal(60, calculator.QuoteForEnd(start, At(2026, 3, 8, 3, 30, -4)).ChargedCents);
    }

    [Fact]
    public void FallBack_TwoRealHours_CostTwoHours_ThoughTheClockMovesOne()
    {
        var calculator = new TariffCalculator(Flat(60));
        long start = At(2026, 11, 1, 1, 0, -4);

        var quote = calculator.QuoteForEnd(start, At(2026, 11, 1, 2, 0, -5));

        Assert.Equal(120, quote.ChargedCents);
        Assert.Equal(start + Minutes(120), quote.EndUtcMs);
    }

    [Fact]
    public void FallBack_BandBoundaryInTheRepeatedHour_AppliesEachTimeTheClockPassesIt()
    {
        // $0.60/h until 01:30, $1.20/h after. On fall-back night the clock passes 01:30 twice.
        var tariff = new Tariff(Eastern, new[] { new RateBand(0, 60, 60), new RateBand(90, 120, 60) }, System.Array.Empty<Escalation>(),
            Week(Day(0, 1440), sunday: Day(0, 1440)), System.Array.Empty<long>(), 0, 600);
        long start = At(2026, 11, 1, 1, 0, -4);

        // 01:00-01:30 EDT 30c, 01:30-02:00 EDT (=01:00 EST) 60c, 01:00-01:30 EST 30c, 01:30-02:00 EST 60c:
        // $1.80 exactly; the last 2-cent minute only has to be started, so $1.79 is the least credit.
        var quote = new TariffCalculator(tariff).QuoteForEnd(start, At(2026, 11, 1, 2, 0, -5));

        Assert.Equal(179, quote.ChargedCents);
    }

    [Fact]
    public void QuoteForEnd_IsTheLeastCreditReachingTheWantedEnd()
    {
        var calculators = new[] { _downtown, new TariffCalculator(Downtown(maximumStayMinutes: 600, minimumCents: 0)), new TariffCalculator(Flat(35)) };
        var random = new System.Random(11);
        foreach (var calculator in calculators)
        {
            for (int i = 0; i < 400; i++)
            {
                long now = At(2026, 7, 6, 0, 0, Edt) + random.NextInt64(0, Minutes(60 * 24 * 7)) + random.Next(0, 60) * 1000;
                long wanted = now + Minutes(random.Next(1, 600));
                var quote = calculator.QuoteForEnd(now, wanted);
                if (quote.Status != QuoteStatus.Ok)
                {
                    continue;
                }

                Assert.True(calculator.QuoteForCredit(now, quote.ChargedCents).EndUtcMs >= wanted, "price too low");
                if (quote.ChargedCents > 0 && quote.ChargedCents > calculator.QuoteForCredit(now, 0).ChargedCents && quote.ChargedCents > MinimumOf(calculator))
                {
                    Assert.True(calculator.QuoteForCredit(now, quote.ChargedCents - 1).EndUtcMs < wanted, "price not the least");
                }
            }
        }
    }

    [Fact]
    public void QuoteForCredit_EndNeverMovesBackAsCreditGrows()
    {
        long now = At(2026, 7, 6, 9, 17, Edt, second: 41);
        long previous = 0;
        for (long cents = 0; cents <= 800; cents++)
        {
            long end = _downtown.QuoteForCredit(now, cents).EndUtcMs;

            Assert.True(end >= previous);
            previous = end;
        }
    }

    [Fact]
    public void QuoteForCredit_NegativeCredit_IsInvalid()
    {
        Assert.Equal(QuoteStatus.Invalid, _downtown.QuoteForCredit(At(2026, 7, 6, 10, 0, Edt), -1).Status);
    }

    private long MinimumOf(TariffCalculator calculator) => calculator == _downtown ? 25 : 0;
}
