using Microsoft.Data.Sqlite;
using Xunit;

namespace OpsComEmulator.Tests.Api;

/// <summary>Tokens and the client codes they serve: the documentation writes one client as OC-TOMA and OC_TOMA with one token.</summary>
public sealed class GrantTests : IDisposable
{
    private const string Token = "one-token-two-codes";
    private readonly string _folder = Directory.CreateTempSubdirectory("emulator-grants-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task OneToken_ServesBothSpellingsOfTheClient()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" };
        Assert.Null(options.AddClient("OC-TOMA=" + Token));
        Assert.Null(options.AddClient("OC_TOMA=" + Token));
        await using var emulator = await EmulatorServer.StartAsync(options);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };

        int permit = await Post(http, "/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push(token: Token));
        int vehicle = await Post(http, "/api/OC_TOMA/v1/vehicles/push", $"{{\"apiToken\": \"{Token}\", \"plate\": \"TWO001\", \"plateType\": \"Passenger\", \"prov\": \"ON\"}}");

        Assert.Equal(200, permit);
        Assert.Equal(200, vehicle);
    }

    [Fact]
    public void SameClientAndTokenAgain_ReplacesTheEarlierGrant_AndSaysSo()
    {
        var options = new EmulatorOptions();
        options.AddClient("OC-TOMA=" + Token + ":permits");

        string? notice = options.AddClient("OC-TOMA=" + Token + ":*");

        Assert.Equal("--client OC-TOMA=" + Token + " given again: permissions * replace permits", notice);
        Assert.Equal(new[] { ("OC-TOMA", Token, "*") }, options.Tokens);
    }

    [Fact]
    public async Task DatabaseFromBeforeGrants_KeepsItsTokens()
    {
        string database = Path.Combine(_folder, "old.db");
        using (var old = new SqliteConnection("Data Source=" + database + ";Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = "CREATE TABLE tokens (token TEXT PRIMARY KEY, client TEXT NOT NULL, permissions TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);"
                + "INSERT INTO tokens VALUES ('kept-token', 'OC-TOMA', '*', 0);";
            create.ExecuteNonQuery();
        }

        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = database });
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };

        Assert.Equal(200, await Post(http, "/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push(token: "kept-token")));
    }

    private static async Task<int> Post(HttpClient http, string path, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content);
        return (int)response.StatusCode;
    }
}
