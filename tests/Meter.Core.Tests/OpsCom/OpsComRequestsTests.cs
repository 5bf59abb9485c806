using System;
using System.IO;
using System.Text;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Time;
using Xunit;

namespace Meter.Core.Tests.OpsCom;

public class OpsComRequestsTests
{
    private static readonly OpsComSettings Settings = new("https://controller.operationscommander.io", "OC-TOMA", "https://service.OPSCOM.com", true, "");

    internal static PermitRecord SeedPermit() => new()
    {
        Seq = 1138, PermitNo = "L4-1138", Plate = "PL8RDR", Zone = "Lot 4", CurrencyCode = 0,
        StartUtcMs = Utc("2018-07-02T09:00:00"), EndUtcMs = Utc("2018-07-02T09:30:00"), AmountCents = 1450,
        SentEndUtcMs = Utc("2018-07-02T09:30:00"), SentAmountCents = 1450, State = PermitState.Sold,
        ReferenceId = "PREVIOUS-REFERENCE-ID", ErrorMessage = "",
    };

    [Theory]
    [InlineData(OpsComOperation.Push, "push-request.json")]
    [InlineData(OpsComOperation.Update, "update-request.json")]
    [InlineData(OpsComOperation.Delete, "delete-request.json")]
    public void Write_SeedExample_IsByteExact(OpsComOperation operation, string fixture)
    {
        var requests = new OpsComRequests(Settings, "YOUR-API-TOKEN", LocalTimeZone.Utc);

        requests.Write(operation, SeedPermit());

        Assert.Equal(Fixture(fixture), Encoding.UTF8.GetString(requests.Body, 0, requests.Length));
    }

    [Fact]
    public void WriteStats_AndWriteValidate_AreByteExact()
    {
        var requests = new OpsComRequests(Settings, "YOUR-API-TOKEN", LocalTimeZone.Utc);

        requests.WriteStats("NOT-REQUIRED--LIST-OF-ZONES");
        string stats = Encoding.UTF8.GetString(requests.Body, 0, requests.Length);
        var underscore = new OpsComRequests(new OpsComSettings("https://x", "<client ID>", "https://y", true, ""), "YOUR-API-TOKEN", LocalTimeZone.Utc);
        underscore.WriteValidate("<plate to validate>");

        Assert.Equal(Fixture("stats-request.json"), stats);
        Assert.Equal(Fixture("validate-request.json"), Encoding.UTF8.GetString(underscore.Body, 0, underscore.Length));
    }

    [Fact]
    public void Urls_UseTheConfiguredClientAndHosts()
    {
        var requests = new OpsComRequests(new OpsComSettings("http://127.0.0.1:5080", "OC_TOMA", "http://127.0.0.1:5081", true, ""), "t", LocalTimeZone.Utc);

        Assert.Equal("http://127.0.0.1:5080/api/OC_TOMA/v1/permits/push", requests.PushUrl);
        Assert.Equal("http://127.0.0.1:5080/api/OC_TOMA/v1/permits/update", requests.UrlFor(OpsComOperation.Update));
        Assert.Equal("http://127.0.0.1:5080/api/OC_TOMA/v1/permits/delete", requests.UrlFor(OpsComOperation.Delete));
        Assert.Equal("http://127.0.0.1:5081/api/v1/validate/plate", requests.ValidateUrl);
    }

    [Fact]
    public void Write_LocalTimes_ShiftByTheZoneOffset()
    {
        var eastern = new LocalTimeZone(-300, new DstRule(3, 2, 0, 120, 11, 1, 0, 120, 60));
        var requests = new OpsComRequests(new OpsComSettings("https://x", "C", "https://y", false, ""), "t", eastern);

        requests.Write(OpsComOperation.Push, SeedPermit());

        Assert.Contains("\"startTime\":\"2018-07-02T05:00:00\"", Encoding.UTF8.GetString(requests.Body, 0, requests.Length));
    }

    [Fact]
    public void Write_PermitBreakingALimit_IsRefusedBeforeSending()
    {
        var requests = new OpsComRequests(Settings, "t", LocalTimeZone.Utc);
        var permit = SeedPermit();
        permit.Plate = new string('P', 26);
        var noReference = SeedPermit();
        noReference.ReferenceId = "";

        Assert.Throws<JournalException>(() => requests.Write(OpsComOperation.Push, permit));
        Assert.Throws<JournalException>(() => requests.Write(OpsComOperation.Update, noReference));
        Assert.Throws<JournalException>(() => new OpsComRequests(Settings, "", LocalTimeZone.Utc).Write(OpsComOperation.Push, SeedPermit()));
    }

    internal static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OpsCom", "Fixtures", name));

    private static long Utc(string text) => new DateTimeOffset(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
