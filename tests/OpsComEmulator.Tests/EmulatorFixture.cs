using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OpsComEmulator;

namespace OpsComEmulator.Tests;

/// <summary>An emulator on a free loopback port with an in-memory database, and helpers to talk to it.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    public const string Token = "test-token-oc-toma";
    public const string UnderscoreToken = "test-token-oc_toma";
    public const string PermitsOnlyToken = "test-token-permits-only";
    public const string OtherClientToken = "test-token-other-client";

    private EmulatorFixture(RunningEmulator emulator)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
    }

    public RunningEmulator Emulator { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorFixture> StartAsync(string database = ":memory:", string faults = "")
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = database, Faults = faults };
        options.Tokens.Add(("OC-TOMA", Token, "*"));
        options.Tokens.Add(("OC_TOMA", UnderscoreToken, "*"));
        options.Tokens.Add(("OC-TOMA", PermitsOnlyToken, "permits"));
        options.Tokens.Add(("OTHER", OtherClientToken, "*"));
        return new EmulatorFixture(await EmulatorServer.StartAsync(options));
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Http.PostAsync(path, content);
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Push(string plate = "PL8RDR", string permitNo = "L4-1138", string start = "2018-07-02T09:00:00", string end = "2018-07-02T09:30:00", string token = Token) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["apiToken"] = token, ["Amount"] = "14.50", ["CurrencyID"] = "CAD", ["LicencePlate"] = plate, ["zone"] = "Lot 4",
            ["permitNo"] = permitNo, ["startTime"] = start, ["endTime"] = end,
        });

    public async Task<string> PushAsync(string plate = "PL8RDR", string permitNo = "L4-1138")
    {
        var (status, body) = await PostAsync("/api/OC-TOMA/v1/permits/push", Push(plate, permitNo));
        return status == 200 ? body.GetProperty("reference_id").GetString()! : throw new InvalidOperationException(body.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
