using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Meter.Core.Json;
using Xunit;

namespace Meter.Core.Tests.Json;

public class JsonWriterTests
{
    [Fact]
    public void Write_Object_IsCompactAndReadBackBySystemTextJson()
    {
        var writer = new JsonWriter(new byte[256]);

        writer.StartObject();
        writer.Property("apiToken", "tok");
        writer.Name("n");
        writer.Number(-42);
        writer.Name("list");
        writer.StartArray();
        writer.Bool(true);
        writer.Null();
        writer.String("x");
        writer.EndArray();
        writer.EndObject();

        Assert.Equal("{\"apiToken\":\"tok\",\"n\":-42,\"list\":[true,null,\"x\"]}", Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length));
    }

    [Fact]
    public void Write_AnyString_RoundTripsThroughSystemTextJson()
    {
        var random = new Random(4);
        const string alphabet = "aZ09 \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007fé€\ud83d\ude97<>&'";
        var writer = new JsonWriter(new byte[4096]);
        for (int i = 0; i < 3000; i++)
        {
            string text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            writer.Reset();

            writer.String(text);

            string json = Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length);
            string back = JsonSerializer.Deserialize<string>(json)!;
            Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)), back);
        }
    }

    [Fact]
    public void Write_LoneSurrogate_BecomesReplacementCharacter()
    {
        var writer = new JsonWriter(new byte[16]);

        writer.String("\ud800");

        Assert.Equal("\ufffd", JsonSerializer.Deserialize<string>(writer.Buffer.AsSpan(0, writer.Length)));
    }

    [Fact]
    public void Write_PastTheBuffer_Throws()
    {
        var writer = new JsonWriter(new byte[8]);

        Assert.Throws<Meter.Core.Json.JsonException>(() => writer.String("0123456789"));
    }

    [Fact]
    public void NullText_ThrowsBeforeWriting_SoTheBufferStaysValidSoFar()
    {
        var writer = new JsonWriter(new byte[256]);
        writer.StartObject();
        writer.Property("a", "1");
        int length = writer.Length;

        Assert.Throws<ArgumentNullException>(() => writer.String(null!));
        Assert.Throws<ArgumentNullException>(() => writer.Property("b", null!));
        Assert.Throws<ArgumentNullException>(() => writer.Property(null!, "x"));
        Assert.Throws<Meter.Core.Json.JsonException>(() => writer.String("x\u00e9".ToCharArray(), 0, 2));

        Assert.Equal(length, writer.Length);
        writer.EndObject();
        Assert.Equal("1", JsonDocument.Parse(Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length)).RootElement.GetProperty("a").GetString());
    }
}
