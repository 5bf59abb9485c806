using System.CommandLine;
using Meter.Bench;

// Benchmarks print figures, never pass/fail: performance is judged by reading them, not by timed tests.
IBenchmark[] benchmarks =
{
    new TariffBenchmark(),
    new JournalBenchmark(),
    new EmulatorBenchmark(),
    new PushBenchmark(),
    new DrainBenchmark(),
    new UiBenchmark(),
    new FleetBenchmark(),
    new SoakBenchmark(),
};

string[] names = benchmarks.Select(b => b.Name).Prepend("all").ToArray();
var name = new Argument<string>("name") { Description = "which benchmark: " + string.Join(", ", names) };
name.AcceptOnlyFromAmong(names);
var root = new RootCommand("The meter's benchmarks: one 'name value unit' line per figure.") { name };
root.SetAction(parse =>
{
    string chosen = parse.GetValue(name)!;
    var report = new Report(Console.Out);
    foreach (var benchmark in benchmarks.Where(b => chosen == "all" || b.Name == chosen))
    {
        benchmark.Run(report);
    }

    return 0;
});
return root.Parse(args).Invoke();
