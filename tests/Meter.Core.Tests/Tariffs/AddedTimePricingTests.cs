using System;
using Meter.Core.Tariffs;
using Meter.Core.Tests.Sale;
using Xunit;
using static Meter.Core.Tests.Tariffs.TestTariffs;

namespace Meter.Core.Tests.Tariffs;

/// <summary>Adding time is priced as the whole stay from the permit's start less what was paid: a split stay never costs less.</summary>
public class AddedTimePricingTests
{
    private const int Edt = -4;
    private static readonly Tariff Committed = SaleFlowTests.Config().Tariff;
    private readonly TariffCalculator _calculator = new(Committed);

    [Fact]
    public void OneHourThenAddedTimeToThreeHours_CostsWhatThreeHoursAtOnceCost()
    {
        long ten = At(2026, 7, 6, 10, 0, Edt);
        long one = At(2026, 7, 6, 13, 0, Edt);
        var atOnce = _calculator.QuoteForEnd(ten, one);
        var firstHour = _calculator.QuoteForEnd(ten, At(2026, 7, 6, 11, 0, Edt));

        long added = LeastAddedReaching(firstHour.StartUtcMs, firstHour.ChargedCents, atOnce.EndUtcMs);

        Assert.Equal(943, atOnce.ChargedCents);
        Assert.Equal(atOnce.ChargedCents, firstHour.ChargedCents + added);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomSplitsOfRandomStays_CostExactlyWhatBuyingAtOnceCosts_NeverLess(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 300; trial++)
        {
            // A weekday or Saturday, any enforced minute; a stay of 10 minutes to the maximum, cut in up to four parts.
            long now = At(2026, 7, 6 + random.Next(6), 7 + random.Next(13), random.Next(60), Edt, random.Next(60));
            long start = _calculator.StartFor(now);
            if (start < 0)
            {
                continue;
            }

            long stayEnd = start + Minutes(10 + random.Next(Committed.MaximumStayMinutes - 9));
            var atOnce = _calculator.QuoteForEnd(now, stayEnd);
            if (atOnce.Status != QuoteStatus.Ok)
            {
                continue;
            }

            long[] cuts = Cuts(random, start, atOnce.EndUtcMs);
            var first = _calculator.QuoteForEnd(now, cuts[0]);
            long paid = first.ChargedCents;
            long end = first.EndUtcMs;
            for (int i = 1; i < cuts.Length; i++)
            {
                long target = cuts[i] > end ? cuts[i] : end + Minutes(2);
                if (_calculator.QuoteForAddedCredit(start, paid, 100_000).EndUtcMs < target)
                {
                    // Free time after the paid part runs on to the maximum stay: nothing left to buy.
                    break;
                }

                long added = LeastAddedReaching(start, paid, target);
                paid += added;
                end = _calculator.QuoteForAddedCredit(start, paid - added, added).EndUtcMs;
            }

            string what = $"seed {seed} trial {trial}: {DateTimeOffset.FromUnixTimeMilliseconds(start):u} to {DateTimeOffset.FromUnixTimeMilliseconds(end):u}, at once {atOnce.ChargedCents}, split {paid}";
            long atOnceToSameEnd = _calculator.PriceOfStay(start, end);
            Assert.True(paid >= atOnceToSameEnd, what);
            // The first part may be lifted to the minimum purchase; otherwise the split costs exactly the same.
            Assert.True(paid <= Math.Max(atOnceToSameEnd, Committed.MinimumPurchaseCents), what);
        }
    }

    [Fact]
    public void AddedCredit_PastTheMaximumStayFromThePermitsStart_IsExcess()
    {
        long ten = At(2026, 7, 6, 10, 0, Edt);
        var firstHour = _calculator.QuoteForEnd(ten, At(2026, 7, 6, 11, 0, Edt));

        var quote = _calculator.QuoteForAddedCredit(firstHour.StartUtcMs, firstHour.ChargedCents, 5000);

        Assert.Equal(QuoteStatus.MaximumStayReached, quote.Status);
        Assert.Equal(ten + Minutes(Committed.MaximumStayMinutes), quote.EndUtcMs);
        Assert.Equal(943 - firstHour.ChargedCents, quote.ChargedCents);
        Assert.Equal(5000 - (943 - firstHour.ChargedCents), quote.ExcessCents);
    }

    // The least added credit (found through the public quote alone) whose permit reaches target.
    private long LeastAddedReaching(long start, long paid, long target)
    {
        long low = 1, high = 100_000;
        while (low < high)
        {
            long middle = (low + high) / 2;
            if (_calculator.QuoteForAddedCredit(start, paid, middle).EndUtcMs >= target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    // Up to four increasing ends of parts, each at least two minutes after the last, the last the stay's end.
    private static long[] Cuts(Random random, long start, long stayEnd)
    {
        int parts = 1 + random.Next(4);
        var cuts = new long[parts];
        for (int i = 0; i < parts - 1; i++)
        {
            long from = i == 0 ? start + Minutes(2) : cuts[i - 1] + Minutes(2);
            cuts[i] = from >= stayEnd - Minutes(2) ? from : from + (long)(random.NextDouble() * (stayEnd - Minutes(2) - from));
        }

        cuts[parts - 1] = stayEnd;
        return cuts;
    }
}
