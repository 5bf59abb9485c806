using FleetSim;

namespace Meter.Bench;

/// <summary>
/// fleet: 200 meters for one day against one OPSCOM that is down for two hours at noon (tools/FleetSim):
/// whether every permit still landed exactly once, how long the backlog took to drain, how hard the
/// returning meters hit OPSCOM, and what a simulated meter-day costs.
/// </summary>
public sealed class FleetBenchmark : IBenchmark
{
    public string Name => "fleet";

    public void Run(Report report)
    {
        var result = FleetSimulation.RunAsync(new FleetOptions
        {
            Meters = 200,
            Days = 1,
            Scenario = ScenarioKind.Outage,
            Config = Path.Combine(RepositoryPaths.Root, "nf.config"),
            Secrets = Path.Combine(RepositoryPaths.Root, "secrets.example.config"),
        }).GetAwaiter().GetResult();
        report.Figure("fleet.exactly_once", result.ExactlyOnce ? 1 : 0, "bool");
        report.Figure("fleet.drain_minutes", result.DrainMinutes, "minutes");
        report.Figure("fleet.peak_to_mean_after_outage", result.PeakToMeanAfterRecovery, "x");
        report.Figure("fleet.peak_10s_to_mean_after_outage", result.PeakTenSecondToMeanAfterRecovery, "x");
        report.Figure("fleet.peak_to_mean_during_drain", result.PeakToMeanDuringDrain, "x");
        report.Figure("fleet.drain_peak_minute", result.PeakMinuteDuringDrain, "requests");
        report.Figure("fleet.busiest_minute_before_outage", result.BusiestMinuteBefore, "requests");
        report.Figure("fleet.drain_peak_to_busy_minute", result.DrainPeakToBusyMinute, "x");
        report.Figure("fleet.peak_second_after_outage", result.PeakSecondAfterRecovery, "requests");
        report.Figure("fleet.mean_requests_per_second", result.MeanRequestsPerSecond, "requests/s");
        report.Figure("fleet.sales", result.Sales, "sales");
        report.Figure("fleet.peak_backlog", result.PeakBacklogTotal, "permits");
        report.Figure("fleet.sim_seconds_per_meter_day", result.SimSecondsPerMeterDay, "s");
    }
}
