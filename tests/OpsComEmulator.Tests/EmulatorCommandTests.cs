using Xunit;

namespace OpsComEmulator.Tests;

public class EmulatorCommandTests
{
    [Fact]
    public async Task EveryOption_IsRead()
    {
        var options = await Run("--urls", "http://127.0.0.1:6000", "--db", ":memory:", "--client", "OC-TOMA=abc", "--client", "OC_TOMA=def:permits+validate", "--faults", "push:5xx=0.1");

        Assert.Equal("http://127.0.0.1:6000", options!.Urls);
        Assert.Equal(":memory:", options.Database);
        Assert.Equal(new[] { ("OC-TOMA", "abc", "*"), ("OC_TOMA", "def", "permits+validate") }, options.Tokens);
        Assert.Equal("push:5xx=0.1", options.Faults);
    }

    [Fact]
    public async Task Defaults_ListenOnLoopback_WithOneDevelopmentClient_AndTheDatabaseInTheCurrentFolder()
    {
        var options = await Run();

        Assert.StartsWith("http://127.0.0.1:", options!.Urls);
        Assert.Single(options.Tokens);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "opscom-emulator.db"), options.Database);
    }

    [Theory]
    [InlineData("--client", "nocode")]
    [InlineData("--bogus", "x")]
    [InlineData("--faults", "push:nope=1")]
    [InlineData("--urls", "http://0.0.0.0:5081")]
    [InlineData("--db", "/nonexistent/dir/x.db")]
    [InlineData("--db", "{text file}")]
    public async Task Mistakes_AreRefused_WithoutStarting(params string[] args)
    {
        if (args[1] == "{text file}")
        {
            args[1] = Path.GetTempFileName();
            File.WriteAllText(args[1], "not a database");
        }

        Assert.Null(await Run(args));
    }

    [Fact]
    public async Task Help_ExitsZero()
    {
        Assert.Equal(0, await EmulatorCommand.Build((_, _) => Task.FromResult(0)).Parse(new[] { "--help" }).InvokeAsync());
    }

    [Fact]
    public async Task ANetworkAddress_IsAccepted_WithAnAdminToken()
    {
        var options = await Run("--urls", "http://0.0.0.0:5081", "--admin-token", "s3cret");

        Assert.Equal("s3cret", options!.AdminToken);
    }

    [Fact]
    public async Task ASecondEmulatorOnTheSamePort_SaysSo_AndExits2()
    {
        await using var first = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" });
        var second = new EmulatorOptions { Urls = first.BaseUrl, Database = ":memory:" };

        Assert.Equal(2, await EmulatorCommand.ServeAsync(second));
    }

    [Fact]
    public async Task WithAnAdminToken_TheAdminEndpointsWantIt_AndTheApiDoesNot()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:", AdminToken = "s3cret" };
        options.Tokens.Add(("OC-TOMA", "t", "*"));
        await using var emulator = await EmulatorServer.StartAsync(options);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };

        var refused = await http.GetAsync("/admin/permits");
        var allowed = await http.GetAsync("/admin/permits?admin_token=s3cret");
        var health = await http.GetAsync("/health");

        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (refused.StatusCode, allowed.StatusCode, health.StatusCode));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 2)]
    public async Task SamplePermits_AreThereOnlyWhenAskedFor(bool samples, int expected)
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:", SamplePermits = samples });
        using var http = new HttpClient { BaseAddress = new Uri(emulator.BaseUrl) };

        var permits = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/admin/permits")).RootElement;

        Assert.Equal(expected, permits.GetArrayLength());
    }

    // The options the emulator would start with, or null when it refused to start.
    private static async Task<EmulatorOptions?> Run(params string[] args)
    {
        EmulatorOptions? started = null;
        int code = await EmulatorCommand.Build((options, _) =>
        {
            started = options;
            return Task.FromResult(0);
        }).Parse(args).InvokeAsync();
        return code == 0 ? started : null;
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--samples", "maybe")]
    public async Task AMistakeOnTheCommandLine_IsOneLine_Exit2_NotTheWholeHelp(params string[] args)
    {
        var error = new StringWriter();
        bool ran = false;

        int exit = await EmulatorCommand.InvokeAsync(args, (_, _) => { ran = true; return Task.FromResult(0); }, error);

        Assert.Equal(2, exit);
        Assert.False(ran);
        Assert.StartsWith("error: ", error.ToString());
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }
}
