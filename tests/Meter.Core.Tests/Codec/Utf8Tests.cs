using System;
using System.Text;
using Meter.Core.Codec;
using Xunit;

namespace Meter.Core.Tests.Codec;

public class Utf8Tests
{
    [Theory]
    [InlineData("PL8RDR")]
    [InlineData("Lot Sainte-Thérèse")]
    [InlineData("駐車場 4")]
    [InlineData("emoji 🚗 car")]
    [InlineData("")]
    public void WriteAndRead_MatchEncodingUtf8(string text)
    {
        byte[] expected = Encoding.UTF8.GetBytes(text);

        byte[] bytes = Utf8.GetBytes(text);

        Assert.Equal(expected, bytes);
        Assert.Equal(expected.Length, Utf8.Count(text));
        Assert.Equal(text, Utf8.Read(bytes, 0, bytes.Length));
    }

    [Fact]
    public void Write_LoneSurrogate_BecomesReplacementCharacter_AsEncodingUtf8Does()
    {
        string text = "a\uD800b\uDC00c";

        Assert.Equal(Encoding.UTF8.GetBytes(text), Utf8.GetBytes(text));
    }

    [Fact]
    public void Read_RandomBytes_MatchesEncodingUtf8WhereItIsValid_AndNeverThrows()
    {
        var random = new Random(9);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (int i = 0; i < 3000; i++)
        {
            var data = new byte[random.Next(0, 12)];
            random.NextBytes(data);

            string decoded = Utf8.Read(data, 0, data.Length);

            try
            {
                Assert.Equal(strict.GetString(data), decoded);
            }
            catch (DecoderFallbackException)
            {
                Assert.Contains('\uFFFD', decoded);
            }
        }
    }
}
