using Xunit;

namespace MeterTool.Tests.Check;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task ValidConfiguration_PrintsItWithSecretsMasked_Exit0()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "check", Fixtures.NfConfig, "--secrets", Fixtures.Secrets });

        Assert.Equal(0, exit);
        Assert.Contains("is valid", tool.Output);
        Assert.Contains("currency = CAD", tool.Output);
        Assert.Contains("# api_token (secrets file): ********", tool.Output);
        Assert.DoesNotContain("YOUR-API-TOKEN", tool.Output);
        Assert.DoesNotContain("change-me", tool.Output);
    }

    [Fact]
    public async Task Errors_EachWithLineKeyAndReason_Exit1()
    {
        string folder = Fixtures.MeterFolder(t => t.Replace("currency = CAD", "currency = EUR").Replace("timeout_ms = 10000", "timeout_ms = 5"));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "check", Path.Combine(folder, "nf.config") });

        Assert.Equal(1, exit);
        Assert.Contains("has 2 error(s)", tool.Output);
        Assert.Matches(@"line \d+: meter\.currency: must be CAD or USD", tool.Output);
        Assert.Matches(@"line \d+: sync\.timeout_ms: must be a whole number from 1000 to 60000", tool.Output);
    }

    [Fact]
    public async Task MissingSecrets_WithTheExampleBeside_ChecksNfConfig_AndSaysAMeterNeedsItsOwn()
    {
        string folder = Fixtures.MeterFolder();
        File.Move(Path.Combine(folder, "secrets.config"), Path.Combine(folder, "secrets.example.config"));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "check", Path.Combine(folder, "nf.config") });

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("checked with secrets.example.config; a meter needs its own secrets.config", tool.Output);
    }

    [Fact]
    public async Task MissingSecrets_SaysWhatToDo_Exit2()
    {
        string folder = Fixtures.MeterFolder();
        File.Delete(Path.Combine(folder, "secrets.config"));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "check", Path.Combine(folder, "nf.config") });

        Assert.Equal(2, exit);
        Assert.Contains("copy secrets.example.config to secrets.config", tool.Output);
    }
}
