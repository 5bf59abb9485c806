using Meter.Core.Journal;
using Xunit;

namespace Meter.Core.Tests.Journal;

public class PermitCodecTests
{
    [Fact]
    public void EncodeFull_ThenDecode_KeepsEveryField()
    {
        var record = new PermitRecord
        {
            Seq = 1234567, Plate = "PL8RDR", Zone = "Lot Sainte-Thérèse", CurrencyCode = 1, SoldUtcMs = 1_780_000_000_000,
            StartUtcMs = 1_780_000_060_000, EndUtcMs = 1_780_003_660_000, AmountCents = 99999999, State = PermitState.Rejected,
            SentEndUtcMs = 1_780_001_860_000, SentAmountCents = 450, Delivered = true,
            ReferenceId = "1a9b5375-cb75-4c71-9939-eeae550b09ac",
            ErrorCode = 9033, ErrorMessage = "The field's value is invalid.", RejectedFrom = PermitState.TimeAdded, LinkedSeq = 99,
        };
        var buffer = new byte[PermitCodec.MaximumEntryBytes];

        int length = PermitCodec.EncodeFull(record, buffer, 0);
        var back = PermitCodec.DecodeFull(buffer, 0, PermitCodec.ValidLength(buffer, 0, length));

        Assert.NotNull(back);
        Assert.Equivalent(record, back, strict: true);
    }

    [Theory]
    [InlineData("", "", "", "")]
    [InlineData("ABC1234", "Lot 4", "", "")]
    [InlineData("PL8RDR", "Lot Sainte-Thérèse", "1a9b5375-cb75-4c71-9939-eeae550b09ac", "The field's value is invalid.")]
    public void FullEntryBytes_IsWhatEncodeFullWrites(string plate, string zone, string reference, string error)
    {
        var record = new PermitRecord { Seq = 9, Plate = plate, Zone = zone, ReferenceId = reference, ErrorMessage = error + new string('é', error.Length * 5) };

        Assert.Equal(PermitCodec.EncodeFull(record, new byte[PermitCodec.MaximumEntryBytes], 0), PermitCodec.FullEntryBytes(record));
    }

    [Fact]
    public void EncodeFull_LeavesRetryStateInRam()
    {
        var record = new PermitRecord { Seq = 17, Plate = "ABC1234", Zone = "Lot 4", State = PermitState.Sold, ReferenceId = "", ErrorMessage = "", Attempts = 7, NextAttemptMs = 120_000 };
        var buffer = new byte[PermitCodec.MaximumEntryBytes];

        int length = PermitCodec.EncodeFull(record, buffer, 0);
        var back = PermitCodec.DecodeFull(buffer, 0, PermitCodec.ValidLength(buffer, 0, length));

        Assert.Equal((0, 0L), (back.Attempts, back.NextAttemptMs));
    }

    [Fact]
    public void EncodeFull_TypicalUnsentPermit_IsSmall()
    {
        var record = new PermitRecord { Seq = 17, Plate = "ABC1234", Zone = "Lot 4", State = PermitState.Sold, ReferenceId = "", ErrorMessage = "" };

        int length = PermitCodec.EncodeFull(record, new byte[PermitCodec.MaximumEntryBytes], 0);

        Assert.True(length <= 72, "entry is " + length + " bytes");
    }

    [Fact]
    public void ValidLength_AnyFlippedByte_RejectsTheEntry()
    {
        var buffer = new byte[PermitCodec.MaximumEntryBytes];
        int length = PermitCodec.EncodeAcknowledged(42, "ref-42", buffer, 0);
        for (int i = 0; i < length; i++)
        {
            var copy = (byte[])buffer.Clone();
            copy[i] ^= 0x10;

            Assert.Equal(0, PermitCodec.ValidLength(copy, 0, length));
        }

        Assert.Equal(length, PermitCodec.ValidLength(buffer, 0, length));
        Assert.Equal("ref-42", PermitCodec.DecodeAcknowledged(buffer, 0, length));
    }
}
