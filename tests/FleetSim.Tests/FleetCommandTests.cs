using FleetSim;
using Spectre.Console;
using Xunit;

namespace FleetSim.Tests;

public sealed class FleetCommandTests
{
    [Fact]
    public async Task Help_Exits0_AndNoMeters_IsRefused()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        string config = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nf.config");

        int help = await FleetCommand.Build(console).Parse(new[] { "--help" }).InvokeAsync();
        int none = await FleetCommand.Build(console).Parse(new[] { "--meters", "0", "--config", config }).InvokeAsync();

        Assert.Equal(0, help);
        Assert.Equal(2, none);
        Assert.Contains("--meters must be at least 1", output.ToString());
    }

    [Fact]
    public async Task SmallRun_PrintsTheTable_TheVerdict_AndWritesThePlot()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        console.Profile.Width = 160;
        string plot = Path.Combine(Directory.CreateTempSubdirectory("fleet-plot-").FullName, "fleet.png");
        string config = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nf.config");

        int exit = await FleetCommand.Build(console).Parse(new[]
        {
            "--meters", "3", "--days", "0.05", "--start", "2026-07-06T11:00", "--scenario", "normal", "--config", config, "--plot", plot,
        }).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.Contains("requests at OPSCOM", output.ToString());
        Assert.Contains("exactly once: every permit sold is at OPSCOM once", output.ToString());
        Assert.True(new FileInfo(plot).Length > 1000);
    }
}
