using Spectre.Console;

namespace FleetSim;

/// <summary>The run's summary for people: one table, then the exactly-once verdict and its first problems.</summary>
public static class FleetReport
{
    public static void Print(IAnsiConsole console, FleetResult r)
    {
        var table = new Table().Title("fleet: " + r.Meters + " meters, " + r.Days + " day(s), scenario " + r.Scenario.ToString().ToLowerInvariant())
            .AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("sales", r.Sales.ToString());
        Row("time added", r.AddedTime.ToString());
        Row("voided by operators", r.Voids.ToString());
        Row("visits that bought nothing", r.NotSold.ToString());
        Row("meters rebooted", r.Reboots.ToString());
        Row("requests at OPSCOM", r.Requests.ToString());
        Row("failed requests (retried)", r.Retries.ToString());
        Row("peak backlog, one meter", r.PeakBacklogMeter.ToString());
        Row("peak backlog, all meters", r.PeakBacklogTotal.ToString());
        Row("time to drain", double.IsNaN(r.DrainMinutes) ? "not drained" : r.DrainMinutes.ToString("F0") + " min");
        Row("requests/s at OPSCOM, mean of the day", r.MeanRequestsPerSecond.ToString("F3"));
        Row("requests/s at OPSCOM, peak", r.PeakRequestsPerSecond.ToString());
        if (!double.IsNaN(r.RecoveryMinute))
        {
            Row("busiest second in the minute after recovery", r.PeakSecondAfterRecovery.ToString());
            Row("requests/s over a minute, peak in the minute after recovery", r.PeakRateAfterRecovery.ToString("F2"));
            Row("  ... over the mean of the day", r.PeakToMeanAfterRecovery.ToString("F2"));
            Row("  ... over 10 s, over the mean", r.PeakTenSecondToMeanAfterRecovery.ToString("F2"));
            Row("requests/s over 10 s, peak until drained, over the mean", r.PeakToMeanDuringDrain.ToString("F2"));
            Row("requests in the drain's busiest minute", r.PeakMinuteDuringDrain.ToString());
            Row("  ... over the busiest minute before the incident", r.DrainPeakToBusyMinute.ToString("F2"));
        }

        Row("real seconds", r.RealSeconds.ToString("F1"));
        Row("real seconds per meter-day", r.SimSecondsPerMeterDay.ToString("F3"));
        console.Write(table);
        console.MarkupLine(r.ExactlyOnce
            ? "[green]exactly once: every permit sold is at OPSCOM once, with its final end and amount (or voided), and nothing else is there[/]"
            : "[red]exactly once FAILED: " + r.Problems.Count + " problem(s)[/]");
        foreach (string problem in r.Problems.Take(20))
        {
            console.WriteLine("  " + problem);
        }
    }
}
