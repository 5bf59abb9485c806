using Meter.Core.Journal;
using Xunit;

namespace Meter.Core.Tests.Journal;

public class PendingCreditTests
{
    private static readonly PendingCredit Credit = new(7, "ABC123", 1_783_353_601_500, 1_783_353_601_000, 1_783_357_201_999, 250, 25);

    [Fact]
    public void EncodeDecode_KeepsEveryField_TimesInWholeSeconds()
    {
        var buffer = new byte[PendingCredit.MaximumBytes];
        int length = Credit.Encode(buffer);

        var back = PendingCredit.Decode(buffer[..length])!;

        Assert.Equal((7, "ABC123", 1_783_353_601_000L, 1_783_353_601_000L, 1_783_357_201_000L, 250L, 25L),
            (back.ExtendsSeq, back.Plate, back.SoldUtcMs, back.StartUtcMs, back.EndUtcMs, back.ChargedCents, back.OverpaidCents));
    }

    [Fact]
    public void Decode_CorruptOrTorn_IsNull()
    {
        var buffer = new byte[PendingCredit.MaximumBytes];
        int length = Credit.Encode(buffer);
        var flipped = buffer[..length];
        flipped[10] ^= 0x40;

        Assert.Null(PendingCredit.Decode(flipped));
        Assert.Null(PendingCredit.Decode(buffer[..(length - 3)]));
        Assert.Null(PendingCredit.Decode(System.Array.Empty<byte>()));
    }
}
