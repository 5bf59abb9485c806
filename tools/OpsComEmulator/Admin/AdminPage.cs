using System.Net;
using System.Text;

namespace OpsComEmulator.Admin;

/// <summary>The technician's page: permits newest first, with their updates and voids. Everything is HTML-encoded.</summary>
public static class AdminPage
{
    public static string Render(IReadOnlyList<PermitListing> permits, string faults)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OPSCOM emulator</title><meta http-equiv=\"refresh\" content=\"5\">")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
            .Append(".voided{color:#999;text-decoration:line-through}small{color:#555}</style></head><body>")
            .Append("<h1>OPSCOM emulator</h1><p>").Append(permits.Count).Append(" permits. Faults: <code>").Append(E(faults)).Append("</code>. Start and end are shown as the meter sent them (UTC or local, per its <code>[opscom] times</code>).</p>")
            .Append("<table><tr><th>Plate</th><th>Zone</th><th>Start (as sent)</th><th>End (as sent)</th><th>Amount</th><th>Permit no.</th><th>Reference id</th><th>Changes (UTC, the controller's clock)</th></tr>");
        foreach (var p in permits)
        {
            html.Append(p.Voided ? "<tr class=\"voided\">" : "<tr>")
                .Append("<td>").Append(E(p.Plate)).Append("</td><td>").Append(E(p.Zone)).Append("</td><td>").Append(E(p.StartTime))
                .Append("</td><td>").Append(E(p.EndTime)).Append("</td><td>").Append(E(p.Amount)).Append(' ').Append(E(p.Currency))
                .Append("</td><td>").Append(E(p.PermitNo)).Append("</td><td><code>").Append(E(p.ReferenceId)).Append("</code></td><td>");
            foreach (var change in p.Changes)
            {
                html.Append("<small>").Append(E(change.At)).Append(' ').Append(E(change.Kind)).Append(' ').Append(E(change.Detail)).Append("</small><br>");
            }

            html.Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
