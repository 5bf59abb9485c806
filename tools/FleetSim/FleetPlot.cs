using ScottPlot;

namespace FleetSim;

/// <summary>The day in one picture: permits waiting for OPSCOM (all meters) and the requests OPSCOM received, per minute, with the incident shaded.</summary>
public static class FleetPlot
{
    public static void Save(FleetResult r, string path)
    {
        var plot = new Plot();
        double[] hours = Enumerable.Range(0, r.BacklogPerMinute.Count).Select(m => m / 60.0).ToArray();
        if (!double.IsNaN(r.IncidentStartMinute))
        {
            var span = plot.Add.HorizontalSpan(r.IncidentStartMinute / 60, r.RecoveryMinute / 60);
            span.FillStyle.Color = Colors.Red.WithAlpha(0.12);
            span.LegendText = "incident";
        }

        var backlog = plot.Add.ScatterLine(hours, r.BacklogPerMinute.Select(b => (double)b).ToArray());
        backlog.LegendText = "backlog (permits waiting, all meters)";
        backlog.LineWidth = 2;
        var requests = plot.Add.ScatterLine(hours.Take(r.RequestsPerMinute.Count).ToArray(), r.RequestsPerMinute.Select(x => (double)x).ToArray());
        requests.LegendText = "requests at OPSCOM per minute";
        requests.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Left.Label.Text = "permits waiting";
        plot.Axes.Right.Label.Text = "requests per minute";
        plot.Axes.Bottom.Label.Text = "hours since the start";
        plot.Title(r.Meters + " meters, scenario " + r.Scenario.ToString().ToLowerInvariant() + (r.ExactlyOnce ? ", exactly once held" : ", exactly once FAILED"));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 500);
    }
}
