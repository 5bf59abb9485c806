using System.Globalization;

namespace MeterSim;

/// <summary>Command-line options of the simulator.</summary>
public sealed class SimOptions
{
    public const string Usage = """
        usage: dotnet run --project tools/MeterSim -- [options]
          --config FILE        nf.config to use (default: the repository's nf.config)
          --secrets FILE       secrets file (default: secrets.config beside it, else secrets.example.config)
          --data DIR           where the journal lives between runs (default: meter-sim-data)
          --opscom URL         a real OPSCOM base URL instead of the in-process emulator (validate_url from nf.config)
          --emulator-db FILE   keep the emulator's permits in a SQLite file (default: in memory)
          --console-port N     the operator console on 127.0.0.1:N (default 2323; 0 = off)
          --time yyyy-MM-ddTHH:mm   start the meter's clock at this local time, or "now" (default: now,
                               or the next enforced half hour when parking is free now)
          --png DIR            write a PNG of every new screen into DIR
          --script FILE        play a scenario unattended; exit 1 when an expectation fails
        """;

    public string? Config { get; set; }

    public string? Secrets { get; set; }

    public string Data { get; set; } = "meter-sim-data";

    public string? OpsCom { get; set; }

    public string EmulatorDb { get; set; } = ":memory:";

    public int ConsolePort { get; set; } = 2323;

    public string? StartLocal { get; set; }

    public string? PngFolder { get; set; }

    public string? Script { get; set; }

    public static SimOptions Parse(string[] args)
    {
        var options = new SimOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string flag = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(flag + " needs a value");
            switch (flag)
            {
                case "--config": options.Config = Value(); break;
                case "--secrets": options.Secrets = Value(); break;
                case "--data": options.Data = Value(); break;
                case "--opscom": options.OpsCom = Value(); break;
                case "--emulator-db": options.EmulatorDb = Value(); break;
                case "--console-port":
                    options.ConsolePort = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
                        ? port : throw new ArgumentException("--console-port wants a port number");
                    break;
                case "--time": options.StartLocal = Value(); break;
                case "--png": options.PngFolder = Value(); break;
                case "--script": options.Script = Value(); break;
                case "--help" or "-h": throw new ArgumentException("");
                default: throw new ArgumentException("unknown option " + flag);
            }
        }

        return options;
    }

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
