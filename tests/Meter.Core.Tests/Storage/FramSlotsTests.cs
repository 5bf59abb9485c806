using System.IO;
using Meter.Core.Storage;
using Meter.TestKit.Fakes;
using Xunit;

namespace Meter.Core.Tests.Storage;

public class FramSlotsTests
{
    [Fact]
    public void BlankFram_IsFormatted_EverySlotEmpty_AndWhatIsWrittenReadsBack()
    {
        var fram = new FakeFram();
        var slots = new FramSlots(fram, 3, 40, new[] { 100 });

        Assert.Equal(-1, slots.LengthOf(0));
        Assert.Null(slots.Read(3));
        slots.Write(3, new byte[] { 1, 2, 3 }, 3);
        var again = new FramSlots(fram, 3, 40, new[] { 100 });
        Assert.Equal(new byte[] { 1, 2, 3 }, again.Read(3));
        Assert.Equal(16 + 3 * 44 + 104, again.UsedBytes);
    }

    [Fact]
    public void FramHoldingAnotherLayout_IsRefused_NotOverwritten()
    {
        var fram = new FakeFram();
        var slots = new FramSlots(fram, 3, 40, new[] { 100 });
        slots.Write(0, new byte[] { 9 }, 1);

        var error = Assert.Throws<IOException>(() => new FramSlots(fram, 4, 40, new[] { 100 }));

        Assert.Contains("another layout", error.Message);
        Assert.Equal(new byte[] { 9 }, new FramSlots(fram, 3, 40, new[] { 100 }).Read(0));
    }

    [Fact]
    public void LayoutLargerThanTheFram_IsRefused()
    {
        var error = Assert.Throws<IOException>(() => new FramSlots(new FakeFram(1024), 30, 40, new int[0]));

        Assert.Contains("1024", error.Message);
    }

    [Fact]
    public void DataLargerThanTheSlot_IsRefused_AndTheSlotKeepsWhatItHeld()
    {
        var slots = new FramSlots(new FakeFram(), 2, 8, new int[0]);
        slots.Write(1, new byte[] { 7, 7 }, 2);

        Assert.Throws<IOException>(() => slots.Write(1, new byte[9], 9));

        Assert.Equal(new byte[] { 7, 7 }, slots.Read(1));
    }

    [Fact]
    public void RewriteCutAtAnyByte_LeavesTheSlotEmpty_NeverTheOldOverPartOfTheNew()
    {
        // Same length as before, so that the old header over new data would look whole if it were left in place. A cut
        // before the first byte leaves the old record as it was; after it, the slot is empty until the new one is whole.
        for (int cut = 1; cut < 4 + 5 + 4; cut++)
        {
            var fram = new FakeFram();
            var slots = new FramSlots(fram, 1, 8, new int[0]);
            slots.Write(0, new byte[] { 1, 1, 1, 1, 1 }, 5);
            fram.CutPowerAtByte(cut);

            Assert.ThrowsAny<IOException>(() => slots.Write(0, new byte[] { 2, 2, 2, 2, 2 }, 5));

            fram.Remount();
            Assert.Null(new FramSlots(fram, 1, 8, new int[0]).Read(0));
        }
    }

    [Fact]
    public void ClearedSlot_ReadsEmpty()
    {
        var slots = new FramSlots(new FakeFram(), 1, 8, new int[0]);
        slots.Write(0, new byte[] { 5 }, 1);

        slots.Clear(0);

        Assert.Null(slots.Read(0));
    }
}
