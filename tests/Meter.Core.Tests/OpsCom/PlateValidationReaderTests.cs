using System;
using System.Text;
using Meter.Core.OpsCom;
using Xunit;

namespace Meter.Core.Tests.OpsCom;

public class PlateValidationReaderTests
{
    // 2026-07-06 10:00 EDT.
    private static readonly DateTimeOffset Now = new(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4));
    private static readonly string[] Covering = { "MONTHLY-DT", "LOT4" };

    // The documentation's merged sample, with its dates moved to around now.
    private const string Merged = """
        { "error": 0, "data": { "response": "standard: BIKE\n Expires: 2030-04-30 23:59:59\n\nALARM: Wanted to talk with.\n\n", "plate": "ABC123",
          "responseJSON": { "permits": [ { "expires": "2030-04-30 23:59:59", "type": "standard", "shortName": "BIKE" },
                                         { "expires": "2026-08-31 23:59:59", "type": "standard", "shortName": "MONTHLY-DT" } ],
            "dntt": [{ "notes": "CLEAR FOR ANY PAY AREA", "start": "2026-07-01 00:00:00", "location": "Main Campus", "end": "2026-07-31 23:59:00" }],
            "alarm": "Wanted to talk with." } }, "message": "" }
        """;

    [Fact]
    public void APermitNamedAsCovering_AndRunning_CoversUntilItExpires_ReadInUtc()
    {
        var cover = Read(Merged, timesAsUtc: true)!;

        Assert.Equal("MONTHLY-DT", cover.PermitName);
        Assert.Equal(new DateTimeOffset(2026, 8, 31, 23, 59, 59, TimeSpan.Zero).ToUnixTimeMilliseconds(), cover.UntilUtcMs);
    }

    [Fact]
    public void BareTimes_InLocalConvention_AreTheMetersLocalTime()
    {
        var cover = Read(Merged, timesAsUtc: false)!;

        Assert.Equal(new DateTimeOffset(2026, 8, 31, 23, 59, 59, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds(), cover.UntilUtcMs);
    }

    [Fact]
    public void ATypeNamedAsCovering_Counts_AndNamesThePermit()
    {
        string json = Merged.Replace("\"type\": \"standard\", \"shortName\": \"BIKE\"", "\"type\": \"LOT4\", \"shortName\": \"\"").Replace("MONTHLY-DT", "OTHER");

        Assert.Equal("LOT4", Read(json, true)!.PermitName);
    }

    [Theory]
    [InlineData("2026-07-06 13:59:59")] // expired a second ago (UTC 14:00 is 10:00 EDT)
    [InlineData("2026-07-06 14:00:00")] // expires now
    public void AnExpiredPermit_CoversNothing(string expires)
    {
        string json = Merged.Replace("2026-08-31 23:59:59", expires).Replace("\"shortName\": \"BIKE\"", "\"shortName\": \"BIKE2\"");

        Assert.Null(Read(json, true));
    }

    [Fact]
    public void ADnttForThisZone_CoversUntilItsEnd_OneForAnotherZoneDoesNot()
    {
        string other = Merged.Replace("MONTHLY-DT", "OTHER");
        string here = other.Replace("Main Campus", "lot 4");

        Assert.Null(Read(other, true));
        var cover = Read(here, true)!;
        Assert.Null(cover.PermitName);
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 23, 59, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), cover.UntilUtcMs);
    }

    [Fact]
    public void ADnttNotYetStarted_OrAnAlarmAlone_OrNothing_CoversNothing()
    {
        string later = Merged.Replace("MONTHLY-DT", "OTHER").Replace("Main Campus", "Lot 4").Replace("2026-07-01 00:00:00", "2026-07-07 00:00:00");
        const string alarm = """{ "error": 0, "data": { "response": "ALARM: 15-AS123 Lex Luthor", "plate": "ABC456", "responseJSON": { "alarm": "15-AS123 Lex Luthor" } }, "message": "" }""";
        const string nothing = """{ "error": 0, "data": { "response": "", "plate": "ABC123", "responseJSON": {} }, "message": "" }""";

        Assert.Null(Read(later, true));
        Assert.Null(Read(alarm, true));
        Assert.Null(Read(nothing, true));
    }

    [Theory]
    [InlineData("""{"ErrorCode": "9001", "ErrorMessage": "Api Token is a required field."}""")]
    [InlineData("""{"error": 0, "data": {"responseJSON": {"permits": [ {"expires": "2030-01-01 00:00:00", "shortName": "LOT4" """)]
    [InlineData("<html>502</html>")]
    public void AnErrorOrUnreadableAnswer_CoversNothing(string answer)
    {
        Assert.Null(Read(answer, true));
    }

    private static PlateCoverage? Read(string json, bool timesAsUtc)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var zone = Meter.Core.Tests.Sale.SaleFlowTests.Config().Tariff.Zone; // Ottawa's: -05:00, daylight time in July
        return PlateValidationReader.Read(bytes, bytes.Length, Now.ToUnixTimeMilliseconds(), Covering, "Lot 4", timesAsUtc, zone);
    }
}
