using System;
using Meter.Core.Codec;
using Xunit;

namespace Meter.Core.Tests.Codec;

public class Crc32Tests
{
    [Fact]
    public void Compute_MatchesSystemIoHashing_ForRandomBuffersAndSlices()
    {
        var random = new Random(5);
        for (int i = 0; i < 500; i++)
        {
            var data = new byte[random.Next(0, 600)];
            random.NextBytes(data);
            int offset = data.Length == 0 ? 0 : random.Next(0, data.Length);
            int count = random.Next(0, data.Length - offset + 1);

            uint expected = System.IO.Hashing.Crc32.HashToUInt32(data.AsSpan(offset, count));

            Assert.Equal(expected, Crc32.Compute(data, offset, count));
        }
    }

    [Fact]
    public void Compute_CheckValue_Is_CBF43926()
    {
        var data = System.Text.Encoding.ASCII.GetBytes("123456789");

        Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
    }
}
