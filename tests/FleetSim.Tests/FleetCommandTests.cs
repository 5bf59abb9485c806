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

    [Theory]
    [InlineData("--plot", "/no/such/folder/fleet.png", 2, "--plot: no folder /no/such/folder")]
    [InlineData("--opscom", "notaurl", 2, "--opscom: notaurl is no http(s) address")]
    [InlineData("--opscom", "http://127.0.0.1:9", 2, "--opscom: no OPSCOM emulator answers at http://127.0.0.1:9")]
    [InlineData("--config", "{broken}", 1, "--config: ")]
    public async Task ABadOption_IsOneLine_BeforeAnythingRuns(string option, string value, int exit, string said)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        console.Profile.Width = 400;
        string config = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nf.config");
        if (value == "{broken}")
        {
            string folder = Directory.CreateTempSubdirectory("fleet-config-").FullName;
            value = Path.Combine(folder, "nf.config");
            File.WriteAllText(value, File.ReadAllText(config).Replace("utc_offset = -05:00", "utc_offset = -5"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "secrets.example.config"), Path.Combine(folder, "secrets.example.config"));
        }

        var args = option == "--config" ? new[] { "--meters", "2", option, value } : new[] { "--meters", "2", "--config", config, option, value };
        int code = await FleetCommand.Build(console).Parse(args).InvokeAsync();

        Assert.Equal(exit, code);
        Assert.Contains("error: " + said, output.ToString());
        Assert.DoesNotContain("requests at OPSCOM", output.ToString());
    }

    [Fact]
    public async Task CtrlC_StopsTheRun_WithoutAResult()
    {
        var options = new FleetOptions
        {
            Meters = 3, Days = 1, Config = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nf.config"),
            Secrets = Path.Combine(AppContext.BaseDirectory, "Fixtures", "secrets.example.config"),
        };
        using var stop = new CancellationTokenSource();
        options.Stop = stop.Token;
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FleetSimulation.RunAsync(options));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--meters", "many")]
    [InlineData("--scenario", "apocalypse")]
    public async Task AMistakeOnTheCommandLine_IsOneLine_Exit2_NotTheWholeHelp(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });

        int exit = await FleetCommand.InvokeAsync(args, console, error);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error.ToString());
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Equal("", output.ToString());
    }
}
