using System;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Tests.Sale;

namespace Meter.Core.Tests.Display;

/// <summary>
/// Every screen the sale flow shows, reached as a motorist reaches it (keys, coins, the journal's answer), in a
/// language and with a plate typed by the given keys: what the golden frames and the row-width check look at.
/// </summary>
internal static class ScreenTour
{
    public static readonly string[] Names = { "idle", "plate", "confirm", "payment", "add-time", "wait", "paid", "free", "out-of-service", "not-recorded", "covered" };

    // Monday 2026-07-06 10:00 local (EDT): enforced, $2.50/h.
    private static readonly long Ten = new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();

    /// <summary>The screen <paramref name="name"/> with the meter's default language <paramref name="language"/>.</summary>
    /// <param name="plateKeys">Keys typing the plate; a space waits out the multi-tap time.</param>
    /// <param name="coinCents">Credit on the payment screens; past the room left it stops at the maximum stay.</param>
    public static Screen Make(string name, string language, string plateKeys = "2", long coinCents = 250)
    {
        var context = new FakeSaleContext();
        var flow = new SaleFlow(SaleFlowTests.Config(language == "fr" ? "fr, en" : "en, fr"), context);
        long ms = 1000;
        void Key(char c) => flow.OnKey(c, Ten, ms += 100);
        void Type()
        {
            foreach (char c in plateKeys)
            {
                if (c == ' ')
                {
                    flow.OnTick(Ten, ms += 2000);
                }
                else
                {
                    Key(c);
                }
            }
        }

        void Pay()
        {
            long credit = Math.Min(coinCents, flow.CreditRoomCents);
            flow.OnCoin(credit, Ten, ms += 100);
        }

        flow.OnTick(Ten, ms);
        if (name is "idle" or "out-of-service")
        {
            context.FullReason = name == "idle" ? null : "journal full: 2000 permits waiting";
            flow.OnTick(Ten, ms += 1000);
            return flow.Screen;
        }

        Key(SaleFlowTests.WakeKey);
        if (name == "add-time")
        {
            Type();
            context.Active[flow.Screen.Big] = new PermitRecord { Seq = 3, PermitNo = "L4-0001-3", Plate = flow.Screen.Big, StartUtcMs = Ten - 600_000, EndUtcMs = Ten + 1_800_000, AmountCents = 155 };
            Key('#');
            Key('#');
            Pay();
            return flow.Screen;
        }

        if (name == "free")
        {
            flow.OnTick(Ten - 86_400_000, ms += 100);
            Type();
            flow.OnKey('#', Ten - 86_400_000, ms += 100);
            flow.OnKey('#', Ten - 86_400_000, ms += 100);
            return flow.Screen;
        }

        Type();
        if (name == "plate")
        {
            return flow.Screen;
        }

        Key('#');
        if (name == "confirm")
        {
            return flow.Screen;
        }

        Key('#');
        if (name == "covered")
        {
            // What the UI loop does when OPSCOM's plate validation says a monthly permit covers the plate until 31 August.
            flow.OnCovered(plateKeys.Length > 2 ? "MONTHLY-DOWNTOWN-LOT4" : "MONTHLY-DT", Ten + 56L * 86_400_000, Ten);
            return flow.Screen;
        }

        Pay();
        if (name == "payment")
        {
            return flow.Screen;
        }

        Key('#');
        if (name == "paid")
        {
            flow.OnCommitted(new PermitRecord { PermitNo = "L4-0001-12", EndUtcMs = flow.PendingCommit!.EndUtcMs });
        }
        else if (name == "not-recorded")
        {
            flow.OnCommitFailed("flash write failed");
        }

        return flow.Screen;
    }
}
