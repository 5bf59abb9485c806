using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace OpsComEmulator.Tests.Admin;

public sealed class AdminTests : IAsyncLifetime
{
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorFixture.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Permits_AreListedNewestFirst_WithUpdatesAndVoids()
    {
        string first = await _emulator.PushAsync("FIRST1", "P-1");
        string second = await _emulator.PushAsync("SECOND", "P-2");
        await _emulator.PostAsync("/api/OC-TOMA/v1/permits/delete", $"{{\"apiToken\": \"{EmulatorFixture.Token}\", \"referenceid\": \"{first}\"}}");

        var permits = (await _emulator.Http.GetFromJsonAsync<JsonElement>("/admin/permits?client=OC-TOMA")).EnumerateArray().ToList();

        Assert.Equal(second, permits[0].GetProperty("referenceId").GetString());
        Assert.Equal(first, permits[1].GetProperty("referenceId").GetString());
        Assert.True(permits[1].GetProperty("voided").GetBoolean());
        Assert.Equal("delete", permits[1].GetProperty("changes")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Permits_StampedTimes_SayTheyAreUtc()
    {
        string reference = await _emulator.PushAsync("ZONED1", "P-Z");
        await _emulator.PostAsync("/api/OC-TOMA/v1/permits/delete", $"{{\"apiToken\": \"{EmulatorFixture.Token}\", \"referenceid\": \"{reference}\"}}");

        var permit = (await _emulator.Http.GetFromJsonAsync<JsonElement>("/admin/permits?client=OC-TOMA")).EnumerateArray().Single();
        string created = permit.GetProperty("created").GetString()!;
        string voided = permit.GetProperty("changes")[0].GetProperty("at").GetString()!;

        // .NET's own reader takes the trailing Z as UTC; a bare time would come back Unspecified.
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind);
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(voided, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind);
        Assert.InRange(DateTime.Parse(voided, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Page_ShowsPermits_HtmlEncoded()
    {
        await _emulator.PushAsync("<b>X</b>", "P-<i>");

        string page = await _emulator.Http.GetStringAsync("/");

        Assert.Contains("&lt;b&gt;X&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>X</b>", page);
    }

    [Fact]
    public async Task RevokedToken_Gets9034_UntilRestored()
    {
        using var revoke = await _emulator.Http.PostAsync($"/admin/tokens/{EmulatorFixture.Token}/revoke", null);
        var (_, refused) = await _emulator.PostAsync("/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push());
        using var restore = await _emulator.Http.PostAsync($"/admin/tokens/{EmulatorFixture.Token}/restore", null);
        var (status, _) = await _emulator.PostAsync("/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push());

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(9034, refused.GetProperty("ErrorCode").GetInt32());
        Assert.Equal(200, status);
    }
}
