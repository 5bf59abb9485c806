using MeterSim;
using Xunit;

namespace MeterSim.Tests;

/// <summary>
/// Each Scenarios/*.meter file played by the simulator's script mode with the repository's nf.config
/// (a first-line "# config: key=value" changes one setting), a manual clock and a fresh journal folder.
/// </summary>
public sealed class ScenarioTests : IDisposable
{
    private static readonly string ScenarioFolder = Path.Combine(AppContext.BaseDirectory, "Scenarios");
    private readonly string _data = Directory.CreateTempSubdirectory("scenario-").FullName;

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ScenarioFolder, "*.meter").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_Passes(string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(ScenarioFolder, name + ".meter"));
        var output = new StringWriter();
        await using var meter = await MeterSimulation.StartAsync(Options(lines), manualClock: true);

        int failures = await new ScriptRunner(meter, output).RunAsync(lines);

        Assert.True(failures == 0, output.ToString());
    }

    [Fact]
    public async Task AfterARestart_TimeAddedToAPlateBoughtBefore_IsAnUpdateOpsComAccepts()
    {
        var options = Options([]);
        var output = new StringWriter();
        int failures;
        await using (var before = await MeterSimulation.StartAsync(options, manualClock: true))
        {
            failures = await new ScriptRunner(before, output).RunAsync(new[] { "keys *8 33##", "coin 1.00", "keys #", "sync", "expect emulator count TE 1" });
        }

        await using (var after = await MeterSimulation.StartAsync(options, manualClock: true))
        {
            failures += await new ScriptRunner(after, output).RunAsync(new[]
            {
                "keys *8 33##", "expect screen ADD TIME TE", "coin 1.00", "keys #", "sync",
                "expect emulator count TE 1", "expect emulator updates TE 1", "console queue", "expect console queue empty",
            });
        }

        Assert.True(failures == 0, output.ToString());
    }

    [Fact]
    public async Task InvalidConfiguration_CommandsThatNeedTheJournal_SaySoInOneLine()
    {
        string[] lines = { "# config: meter.currency = EUR", "console status" };
        await using var meter = await MeterSimulation.StartAsync(Options(lines), manualClock: true);

        var error = await Assert.ThrowsAsync<FormatException>(() => new ScriptRunner(meter, new StringWriter()).RunAsync(lines));

        Assert.False(meter.IsConfigured);
        Assert.Contains("meter.currency: must be CAD or USD", meter.ConfigProblems);
        Assert.Equal("line 2: console status: console needs a meter whose nf.config reads; this one is out of service", error.Message);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    // The repository's nf.config (with the script's "# config:" overrides), a fresh journal folder, Monday 10:00.
    private SimOptions Options(string[] lines) => new()
    {
        Config = Configure(ScenarioFolder, _data, lines),
        Secrets = Path.Combine(ScenarioFolder, "secrets.example.config"),
        Data = _data,
        StartLocal = "2026-07-06T10:00",
    };

    // "# config: journal.capacity_records = 2" lines override a setting in a copy of nf.config.
    private static string Configure(string folder, string data, string[] lines)
    {
        string path = Path.Combine(data, "nf.config");
        File.WriteAllText(path, ScriptConfig.Apply(File.ReadAllText(Path.Combine(folder, "nf.config")), lines));
        return path;
    }
}
