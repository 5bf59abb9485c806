namespace OpsComEmulator;

/// <summary>
/// The emulator's host lifetime: it starts and stops when its caller says (the emulator's command on Ctrl-C through
/// its token, the simulator, FleetSim, tests). ASP.NET's default console lifetime would take SIGINT for the whole
/// process, stop only the emulator and leave a simulator or fleet hosting it running on with OPSCOM gone.
/// </summary>
internal sealed class HostedByItsCaller : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
