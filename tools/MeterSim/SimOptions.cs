namespace MeterSim;

/// <summary>The simulator's options (parsed by <see cref="SimCommand"/>, or set by tests).</summary>
public sealed class SimOptions
{
    public string? Config { get; set; }

    public string? Secrets { get; set; }

    public string Data { get; set; } = "meter-sim-data";

    public string? OpsCom { get; set; }

    /// <summary>The in-process emulator's SQLite file; null: beside the journal, so a restart keeps both.</summary>
    public string? EmulatorDb { get; set; }

    /// <summary>Where the in-process emulator keeps its permits.</summary>
    public string EmulatorDatabasePath => EmulatorDb ?? Path.Combine(Data, "opscom-emulator.db");

    public int ConsolePort { get; set; } = 2323;

    /// <summary>Also serve the console on a pseudo-terminal (Linux, macOS), as the meter's serial port.</summary>
    public bool ConsolePty { get; set; }

    public string? StartLocal { get; set; }

    public string? PngFolder { get; set; }

    public string? Script { get; set; }

    /// <summary>The repository's nf.config when none was given: found upward from the working folder.</summary>
    public string ConfigPath()
    {
        if (Config != null)
        {
            return Config;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "nf.config");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("no nf.config found; give one with --config");
    }

    public string SecretsPath(string configPath)
    {
        if (Secrets != null)
        {
            return Secrets;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        string real = Path.Combine(folder, "secrets.config");
        return File.Exists(real) ? real : Path.Combine(folder, "secrets.example.config");
    }
}
