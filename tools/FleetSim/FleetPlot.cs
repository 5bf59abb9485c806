using ScottPlot;

namespace FleetSim;

/// <summary>
/// The day in one picture: permits waiting for OPSCOM (all meters) and the requests OPSCOM received, per minute, with
/// the incident shaded and power cuts marked. The colours mean the same in every plot: blue the backlog, orange the
/// requests, red the incident, grey the power cuts.
/// </summary>
public static class FleetPlot
{
    private static readonly Color Backlog = Colors.SteelBlue;
    private static readonly Color Requests = Colors.DarkOrange;
    private static readonly Color Incident = Colors.Red.WithAlpha(0.12);
    private static readonly Color Power = Colors.Gray.WithAlpha(0.35);

    public static void Save(FleetResult r, string path)
    {
        var plot = new Plot();
        double[] hours = Enumerable.Range(0, r.BacklogPerMinute.Count).Select(m => m / 60.0).ToArray();
        if (!double.IsNaN(r.IncidentStartMinute))
        {
            var span = plot.Add.HorizontalSpan(r.IncidentStartMinute / 60, r.RecoveryMinute / 60);
            span.FillStyle.Color = Incident;
            span.LegendText = "incident";
        }

        foreach (var (cut, restore) in r.PowerEventsMinutes.Take(50))
        {
            // One meter's cut, a thin grey band each; the first carries the legend.
            var cutSpan = plot.Add.HorizontalSpan(cut / 60, restore / 60);
            cutSpan.FillStyle.Color = Power;
            cutSpan.LineStyle.Width = 0;
            cutSpan.LegendText = cut == r.PowerEventsMinutes[0].Cut ? "power cut (a meter)" : "";
        }

        var backlog = plot.Add.ScatterLine(hours, r.BacklogPerMinute.Select(b => (double)b).ToArray());
        backlog.LegendText = "backlog (permits waiting, all meters)";
        backlog.LineWidth = 2;
        backlog.Color = Backlog;
        var requests = plot.Add.ScatterLine(hours.Take(r.RequestsPerMinute.Count).ToArray(), r.RequestsPerMinute.Select(x => (double)x).ToArray());
        requests.LegendText = "requests at OPSCOM per minute";
        requests.Axes.YAxis = plot.Axes.Right;
        requests.Color = Requests;
        plot.Axes.Left.Label.Text = "permits waiting";
        plot.Axes.Right.Label.Text = "requests per minute";
        plot.Axes.Bottom.Label.Text = "hours since the start";
        plot.Title(r.Meters + " meters, scenario " + r.Scenario.ToString().ToLowerInvariant() + (r.ExactlyOnce ? ", exactly once held" : ", exactly once FAILED"));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 500);
    }
}
