using Meter.Core.Config;
using Meter.Core.Tariffs;

namespace Meter.Bench;

/// <summary>
/// tariff: one quote per coin is what the UI thread pays on the device. Uses the committed nf.config
/// tariff (11 bands, 2 escalations) and purchases spread over a week of local times.
/// </summary>
public sealed class TariffBenchmark : IBenchmark
{
    public string Name => "tariff";

    public void Run(Report report)
    {
        var config = RepositoryPaths.CommittedConfig();
        var calculator = new TariffCalculator(config.Tariff);
        long monday = new DateTimeOffset(2026, 7, 6, 7, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();
        var starts = Enumerable.Range(0, 64).Select(i => monday + i * 37L * 60_000 + i * 1000).ToArray();
        int next = 0;

        var credit = Measure.PerCall(() => calculator.QuoteForCredit(starts[next++ & 63], 450), 200_000);
        var wanted = Measure.PerCall(() => calculator.QuoteForEnd(starts[next & 63], starts[next++ & 63] + 95 * 60_000), 200_000);

        report.Figure("tariff.quote_ns", credit.Nanoseconds, "ns");
        report.Figure("tariff.quote_alloc_bytes", credit.AllocatedBytes, "bytes");
        report.Figure("tariff.quote_for_end_ns", wanted.Nanoseconds, "ns");
        report.Figure("tariff.quote_for_end_alloc_bytes", wanted.AllocatedBytes, "bytes");
    }
}
