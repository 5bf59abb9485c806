using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsComEmulator.Storage;
using Xunit;

namespace OpsComEmulator.Tests.Admin;

/// <summary>What plate validation answers beyond pushed permits, seeded through the admin API or the samples.</summary>
public sealed class PlateRecordsTests : IAsyncLifetime
{
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorFixture.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task SeededPermitDnttAndAlarm_AreAnsweredByPlateValidation_AsTheDocumentationShapesThem()
    {
        Assert.Equal(HttpStatusCode.OK, (await _emulator.Http.PostAsJsonAsync("/admin/plates/CAR1/permits", new { type = "standard", shortName = "MONTHLY-DT", expires = "2030-12-31 23:59:59" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _emulator.Http.PostAsJsonAsync("/admin/plates/CAR1/notes", new { kind = "dntt", location = "Lot 4", start = "2026-01-01 00:00:00", end = "2026-12-31 23:59:00", notes = "Cleared." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _emulator.Http.PostAsJsonAsync("/admin/plates/CAR1/notes", new { kind = "alarm", notes = "Talk to the office." })).StatusCode);

        var data = await Validate("CAR1");

        var json = data.GetProperty("responseJSON");
        var permit = json.GetProperty("permits").EnumerateArray().Single();
        Assert.Equal(("MONTHLY-DT", "standard", "2030-12-31 23:59:59"), (permit.GetProperty("shortName").GetString(), permit.GetProperty("type").GetString(), permit.GetProperty("expires").GetString()));
        Assert.Equal("Lot 4", json.GetProperty("dntt")[0].GetProperty("location").GetString());
        Assert.Equal("Talk to the office.", json.GetProperty("alarm").GetString());
        Assert.Contains("standard: MONTHLY-DT", data.GetProperty("response").GetString());
    }

    [Theory]
    [InlineData("/admin/plates/CAR2/permits", """{"type": "standard", "shortName": "X", "expires": "31/12/2030"}""")]
    [InlineData("/admin/plates/CAR2/permits", """{"type": "standard", "expires": "2030-12-31 23:59:59"}""")]
    [InlineData("/admin/plates/CAR2/notes", """{"kind": "dntt", "notes": "no place nor window"}""")]
    [InlineData("/admin/plates/CAR2/notes", """{"kind": "memo", "notes": "x"}""")]
    public async Task ASeedMissingAField_IsRefusedWithTheReason(string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var answer = await _emulator.Http.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(path.EndsWith("permits") ? "shortName and expires" : "dntt (location, start, end", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SamplePlates_CoverExpireAndAlarm_AndAreAddedOnce()
    {
        Schema.AddSamplePlates(_emulator.Emulator.Database);
        Schema.AddSamplePlates(_emulator.Emulator.Database);

        Assert.Single((await Validate("MONTHLY1")).GetProperty("responseJSON").GetProperty("permits").EnumerateArray());
        Assert.Equal("2025-04-30 23:59:59", (await Validate("EXPIRED1")).GetProperty("responseJSON").GetProperty("permits")[0].GetProperty("expires").GetString());
        Assert.Equal("Lot 4", (await Validate("DNTT1")).GetProperty("responseJSON").GetProperty("dntt")[0].GetProperty("location").GetString());
        Assert.False((await Validate("ALARM1")).GetProperty("responseJSON").TryGetProperty("permits", out _));
    }

    private async Task<JsonElement> Validate(string plate)
    {
        var (status, body) = await _emulator.PostAsync("/api/v1/validate/plate", $$"""{"api_token": "{{EmulatorFixture.Token}}", "client": "OC-TOMA", "plate": "{{plate}}"}""");
        Assert.Equal(200, status);
        return body.GetProperty("data");
    }
}
