using System.IO;
using Meter.Core.Codec;
using Xunit;

namespace Meter.Core.Tests.Codec;

/// <summary>Checked against .NET's own 7-bit encoding (BinaryWriter.Write7BitEncodedInt64, the same LEB128).</summary>
public class VarintTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(16_383L)]
    [InlineData(16_384L)]
    [InlineData(4_294_967_295L)]
    [InlineData(long.MaxValue)]
    public void Put_WritesWhatDotNetWrites_AndGetReadsItBack(long value)
    {
        var expected = new MemoryStream();
        new BinaryWriter(expected).Write7BitEncodedInt64(value);
        var buffer = new byte[Varint.MaximumBytes + 1];

        int end = Varint.Put(buffer, 1, value);
        int position = 1;
        long back = Varint.Get(buffer, ref position);

        Assert.Equal(expected.ToArray(), buffer[1..end]);
        Assert.Equal((value, end), (back, position));
    }

    [Fact]
    public void Get_DataEndingInsideANumber_Throws()
    {
        var buffer = new byte[] { 0x80, 0x80 };
        int position = 0;

        Assert.Throws<System.ArgumentException>(() => Varint.Get(buffer, ref position));
    }

    [Fact]
    public void Put_Negative_WritesZero()
    {
        var buffer = new byte[2];

        Assert.Equal(1, Varint.Put(buffer, 0, -5));
        Assert.Equal(0, buffer[0]);
    }
}
