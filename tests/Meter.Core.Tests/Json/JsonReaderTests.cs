using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Meter.Core.Json;
using Xunit;
using CoreJsonException = Meter.Core.Json.JsonException;
using CoreJsonReader = Meter.Core.Json.JsonReader;

namespace Meter.Core.Tests.Json;

public class JsonReaderTests
{
    public static TheoryData<string> Valid => new()
    {
        "{}", "[]", "0", "-0", "1", "-1", "0.5", "-0.5e10", "1E+2", "1e-2", "123456789012345678901234567890", "9223372036854775807",
        "true", "false", "null", "\"\"", "\"a\"", " \t\r\n {} \t\r\n ",
        "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
        "[1,[2,[3,[4]]]]",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0041\\u00e9\\u20AC\"",
        "\"\\uD83D\\uDE97\"",
        "\"é€🚗\"",
        "{\"status\": \"success\", \"reference_id\": \"1a9b5375-cb75-4c71-9939-eeae550b09ac\", \"InternalReferenceID\": \"1a9b5375-cb75-4c71-9939-eeae550b09ac\"}",
        "{\"ErrorCode\": 9001, \"ErrorMessage\": \"API Token is missing from the request.\"}",
        "[\"\\u0000\"]",
        "{\"\":\"\"}",
        "{\"a\":{\"a\":{\"a\":{}}}}",
    };

    public static TheoryData<string> Invalid => new()
    {
        "", " ", "{", "}", "[", "]", "{]", "[}", "[1,]", "{\"a\":1,}", "{,}", "[,1]", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}",
        "01", "-", "+1", "1.", ".5", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity", "tru", "nul", "True", "NULL",
        "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"a\tb\"", "\"a\nb\"", "\"\u0001\"",
        "{} {}", "[] x", "1 2", "\"a\" \"b\"", "{}}", "[]]",
        "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"\\uD800x\"",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Read_ValidDocument_GivesTheSameTokensAndValuesAsSystemTextJson(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(OracleTokens(bytes), OurTokens(bytes));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Read_InvalidDocument_ThrowsWithAPosition(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);

        var error = Assert.Throws<CoreJsonException>(() => OurTokens(bytes));
        Assert.InRange(error.Position, 0, bytes.Length);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xC3, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xF5, 0x80, 0x80, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xFF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xE2, 0x82, (byte)'"' })]
    public void Read_InvalidUtf8InAString_IsRejected(byte[] bytes)
    {
        Assert.Throws<CoreJsonException>(() => OurTokens(bytes));
        Assert.False(Accepts(() => OracleTokens(bytes), typeof(System.Text.Json.JsonException)));
    }

    [Fact]
    public void Read_ByteOrderMark_IsIgnored()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'[', (byte)'1', (byte)']' };

        Assert.Equal(new[] { "StartArray", "Number:1", "EndArray" }, OurTokens(bytes));
    }

    [Fact]
    public void Read_NestingBeyondTheLimit_IsRejectedWithoutRecursion()
    {
        byte[] deep = Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000));
        byte[] allowed = Encoding.ASCII.GetBytes(new string('[', 32) + new string(']', 32));

        Assert.Throws<CoreJsonException>(() => OurTokens(deep));
        Assert.Equal(64, OurTokens(allowed).Count);
    }

    [Fact]
    public void Read_HugeString_IsRejected()
    {
        byte[] huge = Encoding.ASCII.GetBytes("\"" + new string('x', 100_000) + "\"");

        Assert.Throws<CoreJsonException>(() => OurTokens(huge));
    }

    private const string Alphabet = "{}[],:\"\\ -0123456789.eEtrufalsn\u00ff";

    [Fact]
    public void Read_MutatedDocuments_NeverCrashOrHang_AndAgreeWithSystemTextJson()
    {
        byte[] seed = Encoding.UTF8.GetBytes("{\"status\":\"success\",\"reference_id\":\"1a9b-é\",\"n\":[1,-2.5e3,true,null,{\"x\":\"\\u00e9\\n\"}]}");
        var random = new Random(21);
        for (int i = 0; i < 20_000; i++)
        {
            byte[] bytes = (byte[])seed.Clone();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                bytes[random.Next(bytes.Length)] = (byte)Alphabet[random.Next(Alphabet.Length)];
            }

            bool oracle = Accepts(() => OracleTokens(bytes), typeof(System.Text.Json.JsonException));
            bool ours = Accepts(() => OurTokens(bytes), typeof(CoreJsonException));
            if (!Encoding.ASCII.GetString(bytes).Contains("\\u"))
            {
                Assert.True(oracle == ours, $"disagree on {Encoding.UTF8.GetString(bytes)}: System.Text.Json {oracle}, ours {ours}");
            }
        }
    }

    [Fact]
    public void ValueEquals_AndGetInt64_ReadWithoutSurprises()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"ErrorCode\": 9022, \"big\": 99999999999999999999, \"frac\": 1.5}");
        var reader = new CoreJsonReader(bytes, 0, bytes.Length);

        reader.Read();
        reader.Read();
        Assert.True(reader.ValueEquals("ErrorCode"));
        Assert.False(reader.ValueEquals("ErrorCod"));
        reader.Read();
        Assert.Equal(9022, reader.GetInt64());
        reader.Read();
        reader.Read();
        Assert.Throws<CoreJsonException>(() => reader.GetInt64());
        reader.Read();
        reader.Read();
        Assert.Throws<CoreJsonException>(() => reader.GetInt64());
        Assert.Equal("1.5", reader.GetNumberText());
    }

    private static bool Accepts(Action read, Type rejection)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception error) when (rejection.IsInstanceOfType(error) || error is InvalidOperationException)
        {
            return false;
        }
    }

    internal static List<string> OurTokens(byte[] bytes)
    {
        var tokens = new List<string>();
        var reader = new CoreJsonReader(bytes, 0, bytes.Length);
        while (reader.Read() != JsonToken.End)
        {
            tokens.Add(reader.Token switch
            {
                JsonToken.StartObject => "StartObject",
                JsonToken.EndObject => "EndObject",
                JsonToken.StartArray => "StartArray",
                JsonToken.EndArray => "EndArray",
                JsonToken.PropertyName => "PropertyName:" + reader.GetString(),
                JsonToken.String => "String:" + reader.GetString(),
                JsonToken.Number => "Number:" + reader.GetNumberText(),
                JsonToken.True => "True",
                JsonToken.False => "False",
                _ => "Null",
            });
        }

        return tokens;
    }

    private static List<string> OracleTokens(byte[] bytes)
    {
        var tokens = new List<string>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        while (reader.Read())
        {
            tokens.Add(reader.TokenType switch
            {
                JsonTokenType.PropertyName => "PropertyName:" + reader.GetString(),
                JsonTokenType.String => "String:" + reader.GetString(),
                JsonTokenType.Number => "Number:" + Encoding.UTF8.GetString(reader.ValueSpan),
                var other => other.ToString(),
            });
        }

        return tokens;
    }
}
