using System.Globalization;
using System.Text;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>/api/v1/validate/plate: another host and path, api_token and client in the body.</summary>
public static class PlateValidationEndpoint
{
    public static IResult Validate(EmulatorDatabase database, RequestBody body, DateTime nowUtc)
    {
        string? token = body.Text("api_token");
        if (token == null)
        {
            throw new ApiError(ErrorCodes.TokenMissing);
        }

        string client = body.Text("client") ?? throw new ApiError(ErrorCodes.ClientMissing);
        Auth.Require(database, client, token, "validate");
        string plate = body.Required(ErrorCodes.PlateRequired, 50, "plate");
        var (permits, notes, held) = database.Transaction(c => (
            EmulatorDatabase.Rows(c, "SELECT type, zone, end_time FROM permits WHERE client = $c AND plate = $p AND voided = 0 AND end_time >= $now ORDER BY end_time",
                ("$c", client), ("$p", plate), ("$now", PermitEndpoints.Format(nowUtc))),
            EmulatorDatabase.Rows(c, "SELECT kind, location, start, end, notes FROM plate_notes WHERE plate = $p", ("$p", plate)),
            EmulatorDatabase.Rows(c, "SELECT type, short_name, expires FROM plate_permits WHERE plate = $p ORDER BY expires", ("$p", plate))));

        var text = new StringBuilder();
        var json = new Dictionary<string, object>();
        // Permits pushed to this client and still running, then permits held from elsewhere (seeded: monthly, by phone), expired ones too.
        if (permits.Count + held.Count > 0)
        {
            var list = permits.Select(p => new Dictionary<string, string>
            {
                ["expires"] = DateTime.Parse((string)p["end_time"]!, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["type"] = (string)p["type"]!,
                ["shortName"] = (string?)p["zone"] ?? "",
            }).ToList();
            list.AddRange(held.Select(p => new Dictionary<string, string>
            {
                ["expires"] = (string)p["expires"]!, ["type"] = (string)p["type"]!, ["shortName"] = (string)p["short_name"]!,
            }));
            foreach (var p in list)
            {
                text.Append(p["type"]).Append(": ").Append(p["shortName"]).Append("\n Expires: ").Append(p["expires"]).Append(" (as sent)\n");
            }

            text.Append('\n');
            json["permits"] = list;
        }

        foreach (var alarm in notes.Where(n => (string)n["kind"]! == "alarm"))
        {
            text.Append("ALARM: ").Append(alarm["notes"]).Append("\n\n");
            json["alarm"] = alarm["notes"]!;
        }

        var dntt = notes.Where(n => (string)n["kind"]! == "dntt").Select(n => new Dictionary<string, string?>
        {
            ["notes"] = (string?)n["notes"], ["start"] = (string?)n["start"], ["location"] = (string?)n["location"], ["end"] = (string?)n["end"],
        }).ToList();
        foreach (var d in dntt)
        {
            text.Append("DNTT: ").Append(d["location"]).Append('\n').Append(d["start"]).Append('-').Append(d["end"]).Append(" \n").Append(d["notes"]).Append("\n\n");
        }

        if (dntt.Count > 0)
        {
            json["dntt"] = dntt;
        }

        return Results.Json(new { error = 0, data = new { response = text.ToString(), plate, responseJSON = json }, message = "" });
    }
}
