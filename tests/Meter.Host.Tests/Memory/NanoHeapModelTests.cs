using Meter.Host.Memory;
using Xunit;

namespace Meter.Host.Tests.Memory;

public class NanoHeapModelTests
{
    private readonly NanoHeapModel _esp32 = new(12);

    [Fact]
    public void AnObject_IsAHeaderBlockPlusABlockPerField_WhateverTheirTypes()
    {
        // Three fields (a byte, a long, a reference): 4 blocks of 12 on the ESP32, of 24 on the 64-bit host.
        Assert.Equal(48, _esp32.SizeOf(new ThreeFields()));
        Assert.Equal(96, new NanoHeapModel(24).SizeOf(new ThreeFields()));
    }

    [Theory]
    [InlineData("", 24)]            // header + NUL in one block
    [InlineData("ABC1234", 24)]     // 7 bytes + NUL = 8: one block
    [InlineData("ABCDEFGHIJKL", 36)] // 12 + NUL = 13: two blocks
    [InlineData("é", 24)]           // 2 UTF-8 bytes + NUL
    public void AString_IsAHeaderPlusItsUtf8AndANulInWholeBlocks(string text, long bytes)
    {
        Assert.Equal(bytes, _esp32.SizeOf(text));
    }

    [Fact]
    public void Arrays_AreAHeaderPlusTheirPackedElements_InWholeBlocks()
    {
        Assert.Equal(12 + 48, _esp32.SizeOf(new int[10]));   // 40 bytes -> 48
        Assert.Equal(12 + 12, _esp32.SizeOf(new byte[5]));    // 5 -> 12
        Assert.Equal(12 + 12, _esp32.SizeOf(new object[3]));  // references at 4 bytes on the 32-bit build
    }

    [Fact]
    public void Reachable_CountsEachObjectOnce_AndSkipsWhatIsExcluded()
    {
        var shared = "ABC1234";
        var a = new ThreeFields { Other = shared };
        var b = new ThreeFields { Other = a };
        var model = new NanoHeapModel(12, o => o is int[]);

        Assert.Equal(48 + 48 + 24, model.Reachable(b, a, shared));
        Assert.Equal(48, model.Reachable(new ThreeFields { Other = new int[100] }));
    }

    private sealed class ThreeFields
    {
        public byte Small = 1;
        public long Large = 2;
        public object? Other;
    }
}
