using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace OpsComEmulator.Tests.Storage;

public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulator-db-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task FileDatabase_KeepsPermitsUpdatesAndSentViolations_AcrossARestart()
    {
        string database = Path.Combine(_folder, "opscom.db");
        string reference;
        await using (var first = await EmulatorFixture.StartAsync(database))
        {
            reference = await first.PushAsync("KEEP01");
            await first.PushAsync("KEEP02", "P-2");
            await first.PostAsync("/api/OC-TOMA/v1/permits/update", $"{{\"apiToken\": \"{EmulatorFixture.Token}\", \"reference_id\": \"{reference}\", \"endTime\": \"2018-07-02T11:00:00\"}}");
            await first.PostAsync("/api/OC-TOMA/v1/violations/send_overdue_to_collections", $"{{\"apiToken\": \"{EmulatorFixture.Token}\"}}");
        }

        await using var second = await EmulatorFixture.StartAsync(database);
        var permits = await second.Http.GetFromJsonAsync<JsonElement>("/admin/permits?client=OC-TOMA");
        var kept = permits.EnumerateArray().Single(p => p.GetProperty("referenceId").GetString() == reference);
        var (_, violations) = await second.PostAsync("/api/OC-TOMA/v1/violations/send_overdue_to_collections", $"{{\"apiToken\": \"{EmulatorFixture.Token}\"}}");
        var (_, duplicate) = await second.PostAsync("/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push("KEEP02", "P-2"));

        Assert.Equal("2018-07-02T11:00:00", kept.GetProperty("endTime").GetString());
        Assert.Single(kept.GetProperty("changes").EnumerateArray());
        Assert.Equal(0, violations.GetProperty("records").GetArrayLength());
        Assert.Equal(9022, duplicate.GetProperty("ErrorCode").GetInt32());
    }
}
