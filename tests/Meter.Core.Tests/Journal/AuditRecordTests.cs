using Meter.Core.Journal;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

public class AuditRecordTests
{
    internal static AuditTotals BusyPeriod()
    {
        var totals = new AuditTotals(41, Now - 7 * 86_400_000L + 999) { EndUtcMs = Now + 500 };
        for (int i = 0; i < AuditTotals.MaximumCoins; i++)
        {
            totals.CoinCounts[i] = 1000 * i + 3;
        }

        totals.CashCents = 1_234_567;
        totals.SoldCents = 1_000_000;
        totals.SoldCount = 2_500;
        totals.AddedCents = 200_000;
        totals.AddedCount = 300;
        totals.OverpaidCents = 30_000;
        totals.CreditKeptCents = 4_000;
        totals.CarriedInCents = 125;
        totals.InSaleAtCollectionCents = 567;
        totals.UnknownTrains = 3;
        totals.Jams = 2;
        totals.InterruptedWrites = 1;
        totals.TestCoins = 9;
        totals.TestCashCents = 450;
        totals.TestSales = 4;
        return totals;
    }

    [Fact]
    public void EncodeDecode_KeepsEveryFieldOfTotalsAndCredit_TimesInWholeSeconds()
    {
        var credit = new PendingCredit(7, "ABC123", Now + 1_500, Now + 1_000, Now + 3_601_999, 250, 25, isTest: true);
        var buffer = new byte[AuditRecord.MaximumBytes + 3];

        int length = AuditRecord.Encode(BusyPeriod(), credit, 42, buffer, 3);
        var totals = AuditRecord.Decode(buffer[3..(3 + length)], out var back);

        var expected = BusyPeriod();
        expected.EndUtcMs = Now;
        Assert.Equivalent(expected, totals, strict: true);
        Assert.Equal((7, "ABC123", Now + 1_000, Now + 1_000, Now + 3_601_000, 250L, 25L, true),
            (back!.ExtendsSeq, back.Plate, back.SoldUtcMs, back.StartUtcMs, back.EndUtcMs, back.ChargedCents, back.OverpaidCents, back.IsTest));
    }

    [Fact]
    public void EncodeDecode_WithoutCreditOrWithoutTotals_GivesNullForThem()
    {
        var buffer = new byte[AuditRecord.MaximumBytes];
        var credit = new PendingCredit(0, "A", Now, Now, Now + 60_000, 5, 0, isTest: false);

        var totals = AuditRecord.Decode(buffer[..AuditRecord.Encode(BusyPeriod(), null!, 42, buffer, 0)], out var none);
        var noTotals = AuditRecord.Decode(buffer[..AuditRecord.Encode(null!, credit, 42, buffer, 0)], out var only);

        Assert.Equal((41, (PendingCredit?)null), (totals!.Period, none));
        Assert.Equal(((AuditTotals?)null, "A", false), (noTotals, only!.Plate, only.IsTest));
    }

    [Fact]
    public void Decode_OtherVersionOrCutShort_IsNothing()
    {
        var buffer = new byte[AuditRecord.MaximumBytes];
        int length = AuditRecord.Encode(BusyPeriod(), new PendingCredit(0, "ABC", Now, Now, Now + 60_000, 5, 0, false), 42, buffer, 0);
        var other = buffer[..length];
        other[0] = 9;

        Assert.Null(AuditRecord.Decode(other, out var credit));
        Assert.Null(credit);
        Assert.Null(AuditRecord.Decode(buffer[..(length - 2)], out credit));
        Assert.Null(credit);
        Assert.Null(AuditRecord.Decode(System.Array.Empty<byte>(), out _));
    }

    [Fact]
    public void ABusyPeriodWithACredit_FitsOneLittleFsProgramUnit()
    {
        // A rewrite commits the inline data with 36 bytes of tags and CRC in 128-byte units: 92 bytes of file fit one.
        var buffer = new byte[AuditRecord.MaximumBytes];
        int payload = AuditRecord.Encode(BusyPeriod(), new PendingCredit(12_345, "ABCDEFGH", Now, Now, Now + 3 * 3_600_000, 750, 0, false), 42, buffer, 0);

        Assert.InRange(payload + 8, 1, 92);
    }
}
