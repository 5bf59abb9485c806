using System.CommandLine;
using Meter.Core.Config;
using Spectre.Console;

namespace FleetSim;

/// <summary>The fleet simulator's command line (--help lists every option).</summary>
public static class FleetCommand
{
    /// <summary>Parses and runs; a mistake on the command line is one line on <paramref name="error"/> and exit 2, not the whole help.</summary>
    public static Task<int> InvokeAsync(string[] args, IAnsiConsole console, TextWriter error) =>
        Meter.Tools.CommandLineMistakes.InvokeAsync(Build(console).Parse(args), error);

    public static RootCommand Build(IAnsiConsole console)
    {
        var meters = new Option<int>("--meters") { Description = "meters in the city", DefaultValueFactory = _ => 200 };
        var days = new Option<double>("--days") { Description = "days to simulate", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "seed: the same seed gives the same run", DefaultValueFactory = _ => 7 };
        var scenario = new Option<ScenarioKind>("--scenario") { Description = "normal, outage (OPSCOM down 2 h at noon), flapping, tokenrevoked (1 h at noon), powerloss (10 % of meters), slow (p99 5 s)", DefaultValueFactory = _ => ScenarioKind.Outage };
        var incidentAt = new Option<TimeSpan>("--incident-at") { Description = "local time the outage or revocation starts", DefaultValueFactory = _ => new TimeSpan(12, 0, 0) };
        var incidentMinutes = new Option<int?>("--incident-minutes") { Description = "how long it lasts (default: 120 outage, 60 revocation)" };
        var sales = new Option<double>("--sales") { Description = "sales per meter on a weekday", DefaultValueFactory = _ => 80 };
        var start = new Option<DateTime>("--start") { Description = "local start (default 2026-07-06T00:00, a Monday)", DefaultValueFactory = _ => new DateTime(2026, 7, 6) };
        var opscom = new Option<string?>("--opscom") { Description = "an OPSCOM emulator already running (its admin API checks the result); default: one in-process" };
        var config = new Option<string?>("--config") { Description = "nf.config for every meter (default: the repository's)" };
        var secrets = new Option<string?>("--secrets") { Description = "secrets for the meters (default: secrets.example.config beside nf.config)" };
        var plot = new Option<string?>("--plot") { Description = "write the backlog and request-rate plot to this PNG", DefaultValueFactory = _ => "fleet.png" };
        var root = new RootCommand("A city of meters against one OPSCOM: N real cores on one virtual clock, with outages; ends with an exactly-once check.")
        {
            meters, days, seed, scenario, incidentAt, incidentMinutes, sales, start, opscom, config, secrets, plot,
        };
        root.SetAction(async (parse, stop) =>
        {
            string? configPath = parse.GetValue(config) ?? RepositoryFile("nf.config");
            if (configPath == null || !File.Exists(configPath))
            {
                console.MarkupLine("[red]error:[/] --config: no nf.config found; give one with --config FILE");
                return 2;
            }

            var options = new FleetOptions
            {
                Meters = parse.GetValue(meters),
                Days = parse.GetValue(days),
                Seed = parse.GetValue(seed),
                Scenario = parse.GetValue(scenario),
                IncidentAt = parse.GetValue(incidentAt),
                IncidentMinutes = parse.GetValue(incidentMinutes),
                SalesPerMeterDay = parse.GetValue(sales),
                StartLocal = parse.GetValue(start),
                OpsComUrl = parse.GetValue(opscom),
                Config = configPath,
                Secrets = parse.GetValue(secrets) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath))!, "secrets.example.config"),
                PlotPath = parse.GetValue(plot),
            };
            if (options.Meters < 1 || options.Days <= 0)
            {
                console.MarkupLine("[red]error:[/] --meters must be at least 1 and --days above 0");
                return 2;
            }

            string? problem = await Check(options);
            if (problem != null)
            {
                console.MarkupLine("[red]error:[/] " + Markup.Escape(problem));
                return problem.StartsWith("--config", StringComparison.Ordinal) ? 1 : 2;
            }

            options.Stop = stop;
            FleetResult result;
            try
            {
                result = await FleetSimulation.RunAsync(options, new Progress<string>(line => console.MarkupLine("[grey]" + Markup.Escape(line) + "[/]")));
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("stopped (Ctrl-C): no result");
                return 130;
            }

            FleetReport.Print(console, result);
            if (options.PlotPath != null)
            {
                FleetPlot.Save(result, options.PlotPath);
                console.MarkupLine("plot: " + Markup.Escape(Path.GetFullPath(options.PlotPath)));
            }

            return result.ExactlyOnce ? 0 : 1;
        });
        return root;
    }

    /// <summary>
    /// What would make the run fail or never end, found before it starts: a configuration with errors (the first, and how
    /// many), a plot in a folder that does not exist, an --opscom that is no http(s) address or where nothing answers.
    /// Null when the run can go.
    /// </summary>
    public static async Task<string?> Check(FleetOptions options)
    {
        if (!File.Exists(options.Secrets))
        {
            return "--secrets: no file " + options.Secrets;
        }

        var errors = new ConfigErrors();
        if (MeterConfigReader.Read(File.ReadAllText(options.Config), File.ReadAllText(options.Secrets), errors) == null)
        {
            return "--config: " + options.Config + " has " + errors.Count + " error(s), the first: " + errors[0];
        }

        string? plotFolder = options.PlotPath == null ? null : Path.GetDirectoryName(Path.GetFullPath(options.PlotPath));
        if (plotFolder != null && !Directory.Exists(plotFolder))
        {
            return "--plot: no folder " + plotFolder + "; give a file in a folder that exists";
        }

        if (options.OpsComUrl != null)
        {
            if (!Uri.TryCreate(options.OpsComUrl, UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
            {
                return "--opscom: " + options.OpsComUrl + " is no http(s) address";
            }

            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            try
            {
                (await probe.GetAsync(options.OpsComUrl.TrimEnd('/') + "/health")).EnsureSuccessStatusCode();
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                return "--opscom: no OPSCOM emulator answers at " + options.OpsComUrl + " (" + error.Message + "); start it first, or leave --opscom out for one in-process";
            }
        }

        return null;
    }

    // The repository's file of that name, found upward from the current folder.
    private static string? RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Meter.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
