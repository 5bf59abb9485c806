using OpsComEmulator.Faults;
using OpsComEmulator.Storage;

namespace OpsComEmulator;

/// <summary>An emulator started in-process: its address, its database and fault plan, and a way to stop it.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningEmulator(WebApplication app, EmulatorDatabase database, FaultInjector faults, string baseUrl)
    {
        _app = app;
        Database = database;
        Faults = faults;
        BaseUrl = baseUrl.TrimEnd('/');
    }

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; }

    public EmulatorDatabase Database { get; }

    public FaultInjector Faults { get; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
