using System.CommandLine;

namespace OpsComEmulator;

/// <summary>The emulator's command line (System.CommandLine: --help lists every option and exits 0; mistakes are one line).</summary>
public static class EmulatorCommand
{
    /// <summary>Parses and runs; a mistake on the command line is one line on <paramref name="error"/> and exit 2, not the whole help.</summary>
    public static Task<int> InvokeAsync(string[] args, Func<EmulatorOptions, CancellationToken, Task<int>> run, TextWriter error) =>
        Meter.Tools.CommandLineMistakes.InvokeAsync(Build(run).Parse(args), error);

    public static RootCommand Build(Func<EmulatorOptions, CancellationToken, Task<int>> run)
    {
        var urls = new Option<string>("--urls") { Description = "where to listen", DefaultValueFactory = _ => EmulatorOptions.DefaultUrls };
        var db = new Option<string>("--db") { Description = "SQLite file kept between runs (relative to the current folder), or :memory:", DefaultValueFactory = _ => "opscom-emulator.db" };
        var clients = new Option<string[]>("--client")
        {
            Description = "CODE=TOKEN[:PERMISSIONS] (repeatable; permissions * or e.g. permits+validate; default OC-TOMA=dev-token-0001)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var faults = new Option<string>("--faults") { Description = "fault rules ENDPOINT:KIND=PROBABILITY[@N];...;seed=N", DefaultValueFactory = _ => "" };
        var adminToken = new Option<string?>("--admin-token") { Description = "required on the admin page and endpoints (X-Admin-Token header or ?admin_token=); needed to listen beyond loopback" };
        var samples = new Option<bool>("--samples") { Description = "add two sample permits (S-1, S-2) to try the page and stats by hand, and sample plates for plate validation (MONTHLY1, EXPIRED1, DNTT1, DNTT6, ALARM1)" };
        var root = new RootCommand("A stand-in OPSCOM controller, from the API documentation alone.") { urls, db, clients, faults, adminToken, samples };
        root.SetAction(async (parse, stop) =>
        {
            var options = new EmulatorOptions
            {
                Urls = parse.GetValue(urls)!,
                Faults = parse.GetValue(faults)!,
                AdminToken = parse.GetValue(adminToken),
                SamplePermits = parse.GetValue(samples),
            };
            string path = parse.GetValue(db)!;
            options.Database = path == ":memory:" ? path : Path.GetFullPath(path);
            try
            {
                Faults.FaultPlan.Parse(options.Faults);
                foreach (string client in parse.GetValue(clients) ?? Array.Empty<string>())
                {
                    string? notice = options.AddClient(client);
                    if (notice != null)
                    {
                        Console.Error.WriteLine("note: " + notice);
                    }
                }
            }
            catch (Exception error) when (error is ArgumentException or FormatException)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 2;
            }

            if (options.Tokens.Count == 0)
            {
                options.Tokens.Add(("OC-TOMA", "dev-token-0001", "*"));
            }

            string? problem = options.Problem();
            if (problem != null)
            {
                Console.Error.WriteLine("error: " + problem);
                return 2;
            }

            return await run(options, stop);
        });
        return root;
    }

    /// <summary>Runs the emulator until stopped; a port already taken is one clear line and exit code 2.</summary>
    public static async Task<int> ServeAsync(EmulatorOptions options, CancellationToken stop = default)
    {
        var app = EmulatorServer.Build(options, out _, out _);
        try
        {
            await app.StartAsync(stop);
        }
        catch (IOException error) when (error.InnerException is System.Net.Sockets.SocketException || error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("error: --urls: " + options.Urls + " is in use (another emulator?); choose another with --urls http://127.0.0.1:PORT");
            await app.DisposeAsync();
            return 2;
        }

        Console.WriteLine($"OPSCOM emulator on {options.Urls}, database {options.Database}, clients {string.Join(", ", options.Tokens.Select(t => t.Client).Distinct())}");
        await app.WaitForShutdownAsync(stop);
        return 0;
    }
}
