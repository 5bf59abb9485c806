using FleetSim;
using Meter.Core.Journal;
using Meter.Host.Storage;
using OpsComEmulator;
using Xunit;

namespace FleetSim.Tests;

/// <summary>The check itself fails when OPSCOM and the meters disagree: a copy too many, a wrong end, a permit nobody sold.</summary>
public sealed class ExactlyOnceCheckTests : IAsyncLifetime
{
    private const string Token = "check-token";
    private RunningEmulator _opscom = null!;
    private readonly HttpClient _http = new();
    private readonly PermitJournal _journal = new(new SimulatedLittleFs(), new JournalSettings(1 << 20, 100, 60), "C001");
    private readonly long _now = new DateTimeOffset(2026, 7, 6, 14, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" };
        options.AddClient("OC-TOMA=" + Token);
        _opscom = await EmulatorServer.StartAsync(options);
        _journal.Mount();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _opscom.DisposeAsync();
    }

    [Fact]
    public async Task AgreeingOpsCom_NoProblem()
    {
        var check = new ExactlyOnceCheck();
        check.Capture(Sale("AGREE1"));
        await Push("C001-1", "AGREE1", "2026-07-06T15:00:00", "2.50");

        Assert.Empty(await check.CompareAsync(_http, _opscom.BaseUrl, "OC-TOMA"));
    }

    [Theory]
    [InlineData("twice")]
    [InlineData("wrong end")]
    [InlineData("missing")]
    [InlineData("stranger")]
    public async Task DisagreeingOpsCom_IsAProblem(string how)
    {
        var check = new ExactlyOnceCheck();
        check.Capture(Sale("DIFF01"));
        if (how != "missing")
        {
            await Push("C001-1", "DIFF01", how == "wrong end" ? "2026-07-06T16:00:00" : "2026-07-06T15:00:00", "2.50");
        }

        if (how == "twice")
        {
            await Push("C001-1", "DIFF01", "2026-07-06T15:00:01", "2.50");
        }

        if (how == "stranger")
        {
            await Push("C001-99", "NOBODY", "2026-07-06T15:00:00", "2.50");
        }

        Assert.NotEmpty(await check.CompareAsync(_http, _opscom.BaseUrl, "OC-TOMA"));
    }

    private PermitRecord Sale(string plate) => _journal.CommitSale(plate, "Lot 4", "CAD", _now, _now, _now + 3_600_000, 250, 0);

    private async Task Push(string permitNo, string plate, string end, string amount)
    {
        string body = "{\"apiToken\":\"" + Token + "\",\"Amount\":\"" + amount + "\",\"CurrencyID\":\"CAD\",\"LicencePlate\":\"" + plate
            + "\",\"zone\":\"Lot 4\",\"permitNo\":\"" + permitNo + "\",\"startTime\":\"2026-07-06T14:00:00\",\"endTime\":\"" + end + "\"}";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(_opscom.BaseUrl + "/api/OC-TOMA/v1/permits/push", content);
        response.EnsureSuccessStatusCode();
    }
}
