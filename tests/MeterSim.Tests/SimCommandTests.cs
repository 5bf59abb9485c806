using System.Net;
using System.Net.Sockets;
using MeterSim;
using Xunit;

namespace MeterSim.Tests;

/// <summary>Ordinary mistakes at start-up get one clear line naming the option and the fix, never a stack trace.</summary>
public sealed class SimCommandTests
{
    private static readonly string Scenarios = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    [Fact]
    public void MissingConfigFile_NamesTheOption()
    {
        Assert.Equal("--config: no file /no/such/nf.config", SimCommand.Check(new SimOptions { Config = "/no/such/nf.config" }));
    }

    [Fact]
    public void MissingSecretsFile_NamesTheOption()
    {
        var options = Valid();
        options.Secrets = "/no/such/secrets.config";

        Assert.Equal("--secrets: no file /no/such/secrets.config", SimCommand.Check(options));
    }

    [Fact]
    public void AFolderWithOnlyNfConfig_SaysToCopyTheExample()
    {
        string folder = Directory.CreateTempSubdirectory("only-config-").FullName;
        File.Copy(Path.Combine(Scenarios, "nf.config"), Path.Combine(folder, "nf.config"));

        string? problem = SimCommand.Check(new SimOptions { Config = Path.Combine(folder, "nf.config") });

        Assert.Contains("copy secrets.example.config to secrets.config", problem);
        Assert.DoesNotContain("\n", problem);
    }

    [Fact]
    public void DataFolderThatCannotBeWritten_NamesTheOption()
    {
        string file = Path.GetTempFileName();
        var options = Valid();
        options.Data = Path.Combine(file, "journal");

        Assert.StartsWith("--data: cannot write to", SimCommand.Check(options));
    }

    [Theory]
    [InlineData("opscom", "notaurl", "--opscom: notaurl is no http(s) address")]
    [InlineData("opscom", "ftp://x", "--opscom: ftp://x is no http(s) address")]
    [InlineData("png", "{file}/shots", "--png: cannot write to")]
    [InlineData("emulator-db", "{file}/dir/x.db", "--emulator-db: cannot write")]
    public void BadOption_IsOneLineNamingIt(string option, string value, string said)
    {
        value = value.Replace("{file}", Path.GetTempFileName());
        var options = Valid();
        switch (option)
        {
            case "opscom": options.OpsCom = value; break;
            case "png": options.PngFolder = value; break;
            default: options.EmulatorDb = value; break;
        }

        string? problem = SimCommand.Check(options);

        Assert.StartsWith(said, problem);
        Assert.DoesNotContain("\n", problem);
    }

    [Fact]
    public void ConsolePortInUse_SaysWhichOptionChangesIt()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var options = Valid();
        options.Script = null;
        options.ConsolePort = ((IPEndPoint)listener.LocalEndpoint).Port;

        string? problem = SimCommand.Check(options);
        listener.Stop();

        // Without a terminal (as under the test runner) that is said first; with one, the port.
        Assert.True(problem!.Contains("--script FILE") || problem.Contains("--console-port"), problem);
    }

    [Fact]
    public void NoTerminal_SaysToUseAScript()
    {
        var options = Valid();
        options.Script = null;

        Assert.Contains("needs a terminal", SimCommand.Check(options, inputRedirected: true));
    }

    [Fact]
    public async Task Help_ListsEveryOption_AndExits0_WhileABadOptionFails()
    {
        int help = await SimCommand.Build(_ => Task.FromResult(0)).Parse(new[] { "--help" }).InvokeAsync();
        int bad = await SimCommand.Build(_ => Task.FromResult(0)).Parse(new[] { "--bogus" }).InvokeAsync();

        Assert.Equal(0, help);
        Assert.NotEqual(0, bad);
    }

    [Fact]
    public async Task ConsolePty_IsRead()
    {
        SimOptions? seen = null;

        string data = Directory.CreateTempSubdirectory("console-pty-").FullName;
        await SimCommand.Build(options => { seen = options; return Task.FromResult(0); }).Parse(new[]
        {
            "--console-pty", "--config", Path.Combine(Scenarios, "nf.config"), "--secrets", Path.Combine(Scenarios, "secrets.example.config"),
            "--data", data, "--script", Path.Combine(Scenarios, "01-sale-reaches-opscom.meter"),
        }).InvokeAsync();

        Assert.True(seen?.ConsolePty);
    }

    [Fact]
    public async Task ASecondSimulatorOnTheSameDataFolder_IsRefused_WithOneLine()
    {
        var options = Valid();
        await using var first = await MeterSimulation.StartAsync(options, manualClock: true);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => MeterSimulation.StartAsync(options, manualClock: true));

        Assert.StartsWith("--data: " + options.Data + " is in use by another simulator", error.Message);
    }

    private static SimOptions Valid() => new()
    {
        Config = Path.Combine(Scenarios, "nf.config"),
        Secrets = Path.Combine(Scenarios, "secrets.example.config"),
        Data = Directory.CreateTempSubdirectory("sim-check-").FullName,
        Script = Path.Combine(Scenarios, "01-sale-reaches-opscom.meter"),
    };

    [Theory]
    [InlineData('x', "'x' is no key of the meter")]
    [InlineData(' ', "space is no key of the meter")]
    [InlineData('y', "'y' is no key of the meter")]
    [InlineData('2', "")]
    [InlineData('#', "")]
    [InlineData('q', "")]
    [InlineData('n', "")]
    public void Interactive_AKeyTheMeterHasNot_IsNamedOnTheStatusLine(char key, string notice)
    {
        string said = Interactive.NoticeFor(key, coins: 4);

        Assert.Equal(notice.Length == 0, said.Length == 0);
        Assert.StartsWith(notice, said);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--console-port", "many")]
    public async Task AMistakeOnTheCommandLine_IsOneLine_Exit2_NotTheWholeHelp(params string[] args)
    {
        var error = new StringWriter();
        bool ran = false;

        int exit = await SimCommand.InvokeAsync(args, _ => { ran = true; return Task.FromResult(0); }, error);

        Assert.Equal(2, exit);
        Assert.False(ran);
        Assert.StartsWith("error: ", error.ToString());
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }
}
