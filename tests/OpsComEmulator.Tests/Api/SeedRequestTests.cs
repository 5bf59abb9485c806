using System.Text.Json;
using Xunit;

namespace OpsComEmulator.Tests.Api;

/// <summary>Every raw request of the documentation, sent over HTTP, answers in the documented shape.</summary>
public sealed class SeedRequestTests : IAsyncLifetime
{
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorFixture.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData("permits-push", "push")]
    [InlineData("permits-update", "update")]
    [InlineData("permits-delete", "delete")]
    [InlineData("permits-stats", "stats")]
    [InlineData("vehicles-push", "vehicles")]
    [InlineData("profiles-types-list", "usertypes")]
    [InlineData("profiles-push", "profiles")]
    [InlineData("violations-send_overdue_to_collections", "violations")]
    public async Task SeedRequest_GetsTheDocumentedResponseShape(string request, string response)
    {
        var (path, body) = await Prepare(request);
        var expected = JsonDocument.Parse(File.ReadAllText(Fixture("response-" + response + ".json"))).RootElement;

        var (status, actual) = await _emulator.PostAsync(path, body);

        Assert.True(status == 200, actual.ToString());
        Shape.AssertMatches(expected, actual, response == "violations", "$");
    }

    [Fact]
    public async Task SeedRequest_ValidatePlate_AnswersErrorDataAndMessage()
    {
        await _emulator.PushAsync("ABC123");
        var (path, body) = await Prepare("validate-plate", plate: "ABC123");

        var (status, actual) = await _emulator.PostAsync(path, body);

        Assert.Equal(200, status);
        Assert.Equal(0, actual.GetProperty("error").GetInt32());
        Assert.Equal("", actual.GetProperty("message").GetString());
        var data = actual.GetProperty("data");
        Assert.Equal("ABC123", data.GetProperty("plate").GetString());
        Assert.Equal(JsonValueKind.String, data.GetProperty("response").ValueKind);
        Assert.Equal(JsonValueKind.Object, data.GetProperty("responseJSON").ValueKind);
    }

    [Fact]
    public async Task SeedRequest_ViolationsTwice_SecondCallReturnsNone()
    {
        var (path, body) = await Prepare("violations-send_overdue_to_collections");

        var (_, first) = await _emulator.PostAsync(path, body);
        var (_, second) = await _emulator.PostAsync(path, body);

        Assert.True(first.GetProperty("records").GetArrayLength() > 0);
        Assert.Equal(0, second.GetProperty("records").GetArrayLength());
    }

    // Fills the documentation's placeholders: tokens per client, a reference id from a real push.
    private async Task<(string Path, string Body)> Prepare(string request, string plate = "PL8RDR")
    {
        var lines = File.ReadAllLines(Fixture("request-" + request + ".txt"));
        string path = lines[0]["POST ".Length..];
        string body = string.Join("\n", lines.Skip(1));
        string token = path.Contains("OC_TOMA") ? EmulatorFixture.UnderscoreToken : EmulatorFixture.Token;
        if (body.Contains("PREVIOUS-REFERENCE-ID"))
        {
            body = body.Replace("PREVIOUS-REFERENCE-ID", await _emulator.PushAsync("REF" + request.Length, "P-" + request));
        }

        return (path, body.Replace("YOUR-API-TOKEN", token).Replace("<client ID>", "OC-TOMA").Replace("<plate to validate>", plate)
            .Replace("NOT-REQUIRED--LIST-OF-ZONES", "zone1,Lot 4"));
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed", name);
}
