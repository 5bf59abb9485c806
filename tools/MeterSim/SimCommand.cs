using System.CommandLine;
using System.Net;
using System.Net.Sockets;

namespace MeterSim;

/// <summary>
/// The simulator's command line (System.CommandLine: --help lists every option and exits 0; a bad option is
/// one line naming it), and the checks that turn an ordinary mistake into one clear line instead of a
/// .NET stack trace: a missing file, a folder it cannot write, a port already taken, no terminal.
/// </summary>
public static class SimCommand
{
    /// <summary>Parses and runs; a mistake on the command line is one line on <paramref name="error"/> and exit 2.</summary>
    public static Task<int> InvokeAsync(string[] args, Func<SimOptions, Task<int>> run, TextWriter error) =>
        Meter.Tools.CommandLineMistakes.InvokeAsync(Build(run).Parse(args), error);

    public static RootCommand Build(Func<SimOptions, Task<int>> run)
    {
        var config = new Option<string?>("--config") { Description = "nf.config to use (default: the repository's, found upward from here)" };
        var secrets = new Option<string?>("--secrets") { Description = "secrets file (default: secrets.config beside nf.config, else secrets.example.config)" };
        var data = new Option<string>("--data") { Description = "where the journal lives between runs", DefaultValueFactory = _ => "meter-sim-data" };
        var opscom = new Option<string?>("--opscom") { Description = "a real OPSCOM base URL instead of the in-process emulator (validate_url from nf.config)" };
        var emulatorDb = new Option<string?>("--emulator-db") { Description = "the in-process emulator's SQLite file, or :memory: (default: beside the journal in --data, so a restart keeps what OPSCOM holds)" };
        var consolePort = new Option<int>("--console-port") { Description = "the operator console on 127.0.0.1:PORT (0 = off)", DefaultValueFactory = _ => 2323 };
        var consolePty = new Option<bool>("--console-pty") { Description = "also serve the operator console on a pseudo-terminal, as the meter's serial port (open its printed path with picocom, tio or MeterTool console)" };
        var time = new Option<string?>("--time") { Description = "start the meter's clock at this local time (yyyy-MM-ddTHH:mm) or 'now' (default: now, or the next enforced half hour when parking is free now)" };
        var png = new Option<string?>("--png") { Description = "write a PNG of every new screen into this folder" };
        var script = new Option<string?>("--script") { Description = "play a scenario unattended; exit 1 when an expectation fails" };
        consolePort.Validators.Add(result =>
        {
            // A value that is no number already has its parse error: reading it here would throw.
            if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[0].Value, out _))
            {
                return;
            }

            int port = result.GetValueOrDefault<int>();
            if (port < 0 || port > 65535)
            {
                result.AddError("--console-port wants a port number from 0 to 65535");
            }
        });
        var root = new RootCommand("The meter simulator: the real core with host adapters, the OLED in the terminal, the OPSCOM emulator in-process.")
        {
            config, secrets, data, opscom, emulatorDb, consolePort, consolePty, time, png, script,
        };
        root.SetAction(async (parse, _) =>
        {
            var options = new SimOptions
            {
                Config = parse.GetValue(config),
                Secrets = parse.GetValue(secrets),
                Data = parse.GetValue(data)!,
                OpsCom = parse.GetValue(opscom),
                EmulatorDb = parse.GetValue(emulatorDb),
                ConsolePort = parse.GetValue(consolePort),
                ConsolePty = parse.GetValue(consolePty),
                StartLocal = parse.GetValue(time),
                PngFolder = parse.GetValue(png),
                Script = parse.GetValue(script),
            };
            string? problem = Check(options);
            if (problem != null)
            {
                Console.Error.WriteLine("error: " + problem);
                return 2;
            }

            return await run(options);
        });
        return root;
    }

    /// <summary>Null when the simulator can start with these options, else what is wrong and how to fix it.</summary>
    public static string? Check(SimOptions options) => Check(options, Console.IsInputRedirected);

    /// <summary>The same, saying whether standard input is a terminal (tests decide it, not the shell they run in).</summary>
    public static string? Check(SimOptions options, bool inputRedirected)
    {
        string configPath;
        try
        {
            configPath = options.ConfigPath();
        }
        catch (ArgumentException error)
        {
            return error.Message;
        }

        if (!File.Exists(configPath))
        {
            return "--config: no file " + configPath;
        }

        string secretsPath = options.SecretsPath(configPath);
        if (!File.Exists(secretsPath))
        {
            return options.Secrets != null ? "--secrets: no file " + secretsPath
                : "no secrets file beside " + configPath + ": copy secrets.example.config to secrets.config there, or give one with --secrets";
        }

        if (options.Script != null && !File.Exists(options.Script))
        {
            return "--script: no file " + options.Script;
        }

        if (options.Script == null && inputRedirected)
        {
            return "the simulator needs a terminal for its keys; run it in one, or play a scenario with --script FILE";
        }

        string? folder = Writable(options.Data);
        if (folder != null)
        {
            return "--data: cannot write to " + options.Data + " (" + folder + "); give a folder you can write with --data";
        }

        if (options.Script == null && options.ConsolePort != 0 && !PortIsFree(options.ConsolePort))
        {
            return "--console-port: port " + options.ConsolePort + " is in use (another simulator?); choose another with --console-port N, or 0 for none";
        }

        if (options.ConsolePty && OperatingSystem.IsWindows())
        {
            return "--console-pty needs Linux or macOS; on Windows use the TCP console (--console-port)";
        }

        if (options.OpsCom != null && !(Uri.TryCreate(options.OpsCom, UriKind.Absolute, out var url) && (url.Scheme == "http" || url.Scheme == "https")))
        {
            return "--opscom: " + options.OpsCom + " is no http(s) address; give the controller's base URL, e.g. https://controller.operationscommander.io";
        }

        if (options.PngFolder != null && Writable(options.PngFolder) is string pngProblem)
        {
            return "--png: cannot write to " + options.PngFolder + " (" + pngProblem + "); give a folder you can write";
        }

        if (options.EmulatorDb != null && Writable(Path.GetDirectoryName(Path.GetFullPath(options.EmulatorDb))!) is string dbProblem)
        {
            return "--emulator-db: cannot write " + options.EmulatorDb + " (" + dbProblem + "); give a file in a folder you can write";
        }

        return null;
    }

    private static string? Writable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, ".write-test-" + Environment.ProcessId);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return error.Message;
        }
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
