using MeterSim;

namespace MeterTool.Tests.Console;

/// <summary>
/// A simulated meter whose operator console is on a pseudo-terminal, as its USB-serial port would be,
/// reached through a symbolic link (as udev's /dev/serial/by-id links): unplugging closes the terminal
/// and removes the link, plugging in again opens a new terminal behind the same link.
/// </summary>
public sealed class SimulatedMeter : IAsyncDisposable
{
    private readonly string _folder;
    private PtyConsole? _console;

    private SimulatedMeter(MeterSimulation meter, string folder)
    {
        Meter = meter;
        _folder = folder;
        Port = Path.Combine(folder, "ttyMETER");
        PlugIn();
    }

    public MeterSimulation Meter { get; }

    /// <summary>The console's port, as a technician's tool opens it.</summary>
    public string Port { get; }

    public static async Task<SimulatedMeter> StartAsync()
    {
        string folder = Directory.CreateTempSubdirectory("metertool-pty-").FullName;
        var options = new SimOptions { Config = Fixtures.NfConfig, Secrets = Fixtures.Secrets, Data = Path.Combine(folder, "data"), StartLocal = "2026-07-06T10:00", ConsolePort = 0 };
        return new SimulatedMeter(await MeterSimulation.StartAsync(options, manualClock: true), folder);
    }

    /// <summary>The cable goes: the terminal closes and the port disappears.</summary>
    public void Unplug()
    {
        File.Delete(Port);
        _console?.Dispose();
        _console = null;
    }

    /// <summary>The cable comes back: a new terminal behind the same port.</summary>
    public void PlugIn()
    {
        _console = new PtyConsole(() => Meter);
        File.CreateSymbolicLink(Port, _console.Path);
    }

    public async ValueTask DisposeAsync()
    {
        Unplug();
        await Meter.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
