using System.Diagnostics;
using Meter.TestKit.Soak;

namespace Meter.Bench;

/// <summary>
/// soak.steps_per_s: how fast the random soak runs (tests/Meter.TestKit/Soak), seeds 1-5 of 2,000 steps each on the
/// committed nf.config, oracle included; a soak that finds a problem stops the benchmark (a figure of a broken meter
/// means nothing). METER_SOAK_STEPS runs the test suite's soak longer.
/// </summary>
public sealed class SoakBenchmark : IBenchmark
{
    private const int Seeds = 5;
    private const int Steps = 2000;

    public string Name => "soak";

    public void Run(Report report)
    {
        var config = RepositoryPaths.CommittedConfig();
        var watch = Stopwatch.StartNew();
        int cuts = 0;
        for (int seed = 1; seed <= Seeds; seed++)
        {
            var soak = new MeterSoak(config, seed);
            var problems = soak.Run(Steps);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join("\n", problems.Take(5)) + "\n" + soak.Describe());
            }

            cuts += soak.PowerCuts;
        }

        report.Figure("soak.steps_per_s", Seeds * Steps / watch.Elapsed.TotalSeconds, "steps/s");
        report.Figure("soak.power_cuts_per_1000_steps", cuts * 1000.0 / (Seeds * Steps), "cuts");
    }
}
