using System.CommandLine;
using Spectre.Console;

namespace FleetSim;

/// <summary>The fleet simulator's command line (--help lists every option).</summary>
public static class FleetCommand
{
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
        root.SetAction(async (parse, _) =>
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

            var result = await FleetSimulation.RunAsync(options, new Progress<string>(line => console.MarkupLine("[grey]" + Markup.Escape(line) + "[/]")));
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
