using Meter.Host.Storage;

namespace Meter.Bench;

/// <summary>
/// Saves a store's operation trace when METER_BENCH_TRACES names a folder: the traces the cost model is
/// calibrated with, replayed on the real littlefs (see the README's flash section).
/// </summary>
public static class Traces
{
    public static void Save(SimulatedLittleFs fs, string name)
    {
        string? folder = Environment.GetEnvironmentVariable("METER_BENCH_TRACES");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            fs.SaveTrace(Path.Combine(folder, name + ".trace"));
        }
    }
}
