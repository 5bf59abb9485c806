using FleetSim;
using Xunit;

namespace FleetSim.Tests;

/// <summary>A small fleet (10 meters, 2 hours of a weekday morning) through each scenario: every permit lands exactly once.</summary>
public sealed class FleetSimulationTests
{
    public static FleetOptions Small(ScenarioKind scenario) => new()
    {
        Meters = 10,
        Days = 2.0 / 24,
        Scenario = scenario,
        StartLocal = new DateTime(2026, 7, 6, 10, 30, 0),
        IncidentAt = new TimeSpan(11, 0, 0),
        IncidentMinutes = 30,
        SalesPerMeterDay = 120,
        Config = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nf.config"),
        Secrets = Path.Combine(AppContext.BaseDirectory, "Fixtures", "secrets.example.config"),
        DrainLimitMinutes = 120,
    };

    [Theory]
    [InlineData(ScenarioKind.Normal)]
    [InlineData(ScenarioKind.Outage)]
    [InlineData(ScenarioKind.Flapping)]
    [InlineData(ScenarioKind.TokenRevoked)]
    [InlineData(ScenarioKind.PowerLoss)]
    [InlineData(ScenarioKind.Slow)]
    public async Task Scenario_EveryPermitLandsExactlyOnce(ScenarioKind scenario)
    {
        var result = await FleetSimulation.RunAsync(Small(scenario));

        Assert.True(result.ExactlyOnce, string.Join("\n", result.Problems.Take(10)));
        Assert.True(result.Sales > 10, "sales " + result.Sales);
        Assert.False(double.IsNaN(result.DrainMinutes), "never drained");
    }

    [Fact]
    public async Task Outage_PilesUpABacklog_ThatDrainsAfterOpsComReturns()
    {
        var result = await FleetSimulation.RunAsync(Small(ScenarioKind.Outage));

        Assert.True(result.PeakBacklogTotal >= result.Meters, "backlog " + result.PeakBacklogTotal);
        Assert.InRange(result.DrainMinutes, 0, 60);
        Assert.True(result.Retries > 0);
        // The drain's peak minute, against a busy minute before the incident (not against a day's mean that nights pull down).
        int recovered = (int)result.RecoveryMinute;
        Assert.Equal(result.RequestsPerMinute.Skip(recovered).Take((int)Math.Ceiling(result.DrainMinutes) + 1).Max(), result.PeakMinuteDuringDrain);
        Assert.Equal(result.RequestsPerMinute.Take((int)result.IncidentStartMinute).Max(), result.BusiestMinuteBefore);
        Assert.True(result.BusiestMinuteBefore > 0 && result.DrainPeakToBusyMinute > 0);
    }

    [Fact]
    public async Task PowerLoss_RebootsMeters_AndTheirPermitsStillLand()
    {
        var result = await FleetSimulation.RunAsync(Small(ScenarioKind.PowerLoss));

        Assert.Equal(1, result.Reboots);
        Assert.True(result.ExactlyOnce);
        var (cut, restore) = Assert.Single(result.PowerEventsMinutes);
        Assert.True(cut >= 0 && restore > cut);
        string plot = Path.Combine(Directory.CreateTempSubdirectory("fleet-power-").FullName, "power.png");
        FleetPlot.Save(result, plot);
        Assert.True(new FileInfo(plot).Length > 1000);
    }

    [Fact]
    public async Task Slow_LosesSomeAnswers_WhichExactlyOnceSurvives()
    {
        // A 3 s deadline: about 2 % of answers of an OPSCOM with a 5 s 99th percentile come too late.
        string config = Path.Combine(Directory.CreateTempSubdirectory("fleet-slow-").FullName, "nf.config");
        File.WriteAllText(config, File.ReadAllText(Small(ScenarioKind.Slow).Config).Replace("timeout_ms = 10000", "timeout_ms = 3000"));
        var options = Small(ScenarioKind.Slow);
        options.Meters = 20;
        options.Config = config;
        var result = await FleetSimulation.RunAsync(options);

        Assert.True(result.Retries > 0, "no late answer in a slow OPSCOM run");
        Assert.True(result.ExactlyOnce, string.Join("\n", result.Problems.Take(10)));
    }

    [Fact]
    public async Task SameSeed_SameRun()
    {
        var first = await FleetSimulation.RunAsync(Small(ScenarioKind.Flapping));
        var second = await FleetSimulation.RunAsync(Small(ScenarioKind.Flapping));

        Assert.Equal((first.Sales, first.Requests, first.PeakBacklogTotal), (second.Sales, second.Requests, second.PeakBacklogTotal));
    }
}
