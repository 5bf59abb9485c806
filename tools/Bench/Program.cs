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
};

if (args.Length != 1 || (args[0] != "all" && benchmarks.All(b => b.Name != args[0])))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tools/Bench -- NAME");
    Console.Error.WriteLine("names: all, " + string.Join(", ", benchmarks.Select(b => b.Name)));
    return 2;
}

var report = new Report(Console.Out);
foreach (var benchmark in benchmarks.Where(b => args[0] == "all" || b.Name == args[0]))
{
    benchmark.Run(report);
}

return 0;
