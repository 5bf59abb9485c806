using OpsComEmulator;

namespace MeterTool.Tests.OpsCom;

/// <summary>The OPSCOM emulator on loopback, granting one token both spellings of the client, as the documentation uses them.</summary>
public sealed class EmulatorForTool : IAsyncDisposable
{
    public const string Token = "tool-token";
    public const string PermitsOnlyToken = "tool-permits-only";
    public const string OtherClientToken = "tool-other-client";

    private EmulatorForTool(RunningEmulator emulator) => Emulator = emulator;

    public RunningEmulator Emulator { get; }

    public string Url => Emulator.BaseUrl.TrimEnd('/');

    public static async Task<EmulatorForTool> StartAsync()
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = ":memory:" };
        options.AddClient("OC-TOMA=" + Token);
        options.AddClient("OC_TOMA=" + Token);
        options.AddClient("OC_TOMA=" + PermitsOnlyToken + ":permits");
        options.AddClient("OTHER=" + OtherClientToken);
        return new EmulatorForTool(await EmulatorServer.StartAsync(options));
    }

    /// <summary>The options that point MeterTool at this emulator for <paramref name="client"/>, then the command's own.</summary>
    public string[] Args(string client, params string[] command) =>
        new[] { "opscom", "--base-url", Url, "--validate-url", Url, "--client", client }
            .Concat(command.Contains("--token") ? Array.Empty<string>() : new[] { "--token", Token }).Concat(command).ToArray();

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
