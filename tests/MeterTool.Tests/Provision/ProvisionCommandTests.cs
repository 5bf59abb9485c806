using System.Text.Json;
using Meter.Host.Terminal;
using MeterTool.Tests.Console;
using Xunit;

namespace MeterTool.Tests.Provision;

/// <summary>provision: dry runs on good and bad configurations, and real runs with a fake nanoff on PATH that records its arguments and fails on demand.</summary>
[Collection("PATH")]
public sealed class ProvisionCommandTests : IDisposable
{
    private readonly string _folder = Fixtures.MeterFolder();
    private readonly string _bin = Directory.CreateTempSubdirectory("fake-nanoff-").FullName;
    private readonly string _log;
    private readonly string _image;
    private readonly string? _path = Environment.GetEnvironmentVariable("PATH");
    private readonly PseudoTerminal _board = PseudoTerminal.Open();

    public ProvisionCommandTests()
    {
        _log = Path.Combine(_bin, "calls.log");
        _image = Path.Combine(_folder, "Meter.Esp32.bin");
        File.WriteAllBytes(_image, new byte[] { 1, 2, 3 });
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PATH", _path);
        _board.Dispose();
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_bin, recursive: true);
    }

    [Fact]
    public async Task DryRun_GoodConfiguration_PrintsEveryCommandAndTheDeploymentFile_RunsNothing()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--dry-run", "--port", "/dev/ttyUSB0"));

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("would run: nanoff --update --target ESP32_PSRAM_REV0 --serialport /dev/ttyUSB0", tool.Output);
        Assert.Contains("would run: nanoff --target ESP32_PSRAM_REV0 --serialport /dev/ttyUSB0 --deploy --image " + _image, tool.Output);
        Assert.Contains("would run: nanoff --nanodevice --serialport /dev/ttyUSB0 --filedeployment " + Path.Combine(_folder, "deploy.json") + " --reset", tool.Output);
        var files = Deployment(tool.Output[tool.Output.IndexOf('{')..(tool.Output.LastIndexOf('}') + 1)]);
        Assert.Equal(new[] { @"I:\nf.config", @"I:\secrets.config", @"I:\opscom-root-ca.pem" }, files.Keys);
        Assert.Equal(Path.Combine(_folder, "opscom-root-ca.pem"), files[@"I:\opscom-root-ca.pem"]);
        Assert.False(File.Exists(Path.Combine(_folder, "deploy.json")));
    }

    [Fact]
    public async Task DryRun_WarnsOfTheExamplesPlaceholders_AFakeCertificate_AndAMissingImage()
    {
        // The fixture folder holds the example's secrets (YOUR-API-TOKEN, PIN 0000) and a three-line stand-in certificate.
        File.Delete(_image);
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--dry-run", "--port", "/dev/ttyUSB0"));

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("warning: secrets.config still has the example's API token", tool.Output);
        Assert.Contains("warning: secrets.config still has the example's technician PIN 0000", tool.Output);
        Assert.Contains("opscom-root-ca.pem does not look like a real CA certificate", tool.Output);
        Assert.Contains("warning: app image " + _image + " not found: a real run would stop here", tool.Output);
    }

    [Fact]
    public async Task DryRun_BadConfiguration_ListsTheErrors_AndNothingReachesTheMeter()
    {
        File.WriteAllText(Path.Combine(_folder, "nf.config"), File.ReadAllText(Path.Combine(_folder, "nf.config")).Replace("currency = CAD", "currency = EUR"));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--dry-run", "--port", "/dev/ttyUSB0"));

        Assert.Equal(1, exit);
        Assert.Matches(@"line \d+: meter\.currency: must be CAD or USD", tool.Output);
        Assert.Contains("nothing was sent to the meter", tool.Output);
        Assert.DoesNotContain("nanoff", tool.Output);
    }

    [Theory]
    [InlineData("target", 2, "is not a classic ESP32 target")]
    [InlineData("ca", 1, "put that certificate (PEM) in")]
    [InlineData("image", 2, "not found: build Meter.Esp32 in Release")]
    [InlineData("port", 7, "/dev/ttyNOSUCH not found")]
    [InlineData("nanoff", 5, "nanoff not found on PATH: install it with: dotnet tool install -g nanoff")]
    public async Task Mistake_IsSaidPlainly_BeforeAnythingIsFlashed(string mistake, int expectedExit, string message)
    {
        FakeNanoff(failOn: "never");
        var args = Args("--port", mistake == "port" ? "/dev/ttyNOSUCH" : _board.Path).ToList();
        if (mistake == "target")
        {
            args[args.IndexOf("ESP32_PSRAM_REV0")] = "ESP32_S3";
        }

        if (mistake == "ca")
        {
            File.Delete(Path.Combine(_folder, "opscom-root-ca.pem"));
        }

        if (mistake == "image")
        {
            File.Delete(_image);
        }

        if (mistake == "nanoff")
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
        }

        var tool = new ToolRun();
        int exit = await tool.RunAsync(args.ToArray());

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, tool.Output);
        Assert.False(File.Exists(_log));
    }

    [Fact]
    public async Task FakeNanoff_EveryStepRunsInOrder_AndTheDeploymentFileIsWritten()
    {
        FakeNanoff(failOn: "never");
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--port", _board.Path));

        Assert.True(exit == 0, tool.Output);
        Assert.Equal(new[]
        {
            "--update --target ESP32_PSRAM_REV0 --serialport " + _board.Path,
            "--target ESP32_PSRAM_REV0 --serialport " + _board.Path + " --deploy --image " + _image,
            "--nanodevice --serialport " + _board.Path + " --filedeployment " + Path.Combine(_folder, "deploy.json") + " --reset",
        }, File.ReadAllLines(_log));
        Assert.Equal(3, Deployment(File.ReadAllText(Path.Combine(_folder, "deploy.json"))).Count);
        for (int step = 1; step <= 6; step++)
        {
            Assert.Contains("[" + step + "/6]", tool.Output);
        }

        Assert.Contains("skipped: give --console-port", tool.Output);
    }

    [Fact]
    public async Task FakeNanoffFailsToDeploy_ItsOutputIsShown_AndTheFilesAreNotSent()
    {
        FakeNanoff(failOn: "--deploy");
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--port", _board.Path));

        Assert.Equal(5, exit);
        Assert.Equal(2, File.ReadAllLines(_log).Length);
        Assert.Contains("| E9999: fake failure on --deploy", tool.Output);
        Assert.Contains("the steps after this one were not run", tool.Output);
        Assert.DoesNotContain("[5/6]", tool.Output);
    }

    [Fact]
    public async Task AfterFlashing_TheConsoleShowsTheMeterCameUp()
    {
        FakeNanoff(failOn: "never");
        await using var meter = await SimulatedMeter.StartAsync();
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--port", _board.Path, "--console-port", meter.Port));

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("| network  ", tool.Output);
        Assert.Contains("the meter is up", tool.Output);
    }

    [Fact]
    public async Task AfterFlashing_AConsoleThatDoesNotAnswer_IsSaid_Exit6()
    {
        FakeNanoff(failOn: "never");
        using var silent = PseudoTerminal.Open();
        var tool = new ToolRun();

        int exit = await tool.RunAsync(Args("--port", _board.Path, "--console-port", silent.Path, "--boot-wait", "1"));

        Assert.Equal(6, exit);
        Assert.Contains("did not answer within 1 s", tool.Output);
    }

    private string[] Args(params string[] more) =>
        new[] { "provision", "--target", "ESP32_PSRAM_REV0", "--config", _folder, "--image", _image }.Concat(more).ToArray();

    // A nanoff that records each call's arguments, one line each, and fails when they contain failOn.
    private void FakeNanoff(string failOn)
    {
        string script = Path.Combine(_bin, "nanoff");
        File.WriteAllText(script, "#!/bin/sh\necho \"$*\" >> '" + _log + "'\ncase \"$*\" in *" + failOn + "*) echo \"E9999: fake failure on " + failOn + "\"; exit 1;; esac\necho ok\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Environment.SetEnvironmentVariable("PATH", _bin + Path.PathSeparator + _path);
    }

    private static Dictionary<string, string> Deployment(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("DestinationFilePath").GetString()!, f => f.GetProperty("SourceFilePath").GetString()!);
}
