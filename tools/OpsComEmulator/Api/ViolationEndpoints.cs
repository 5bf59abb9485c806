using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>violations/send_overdue_to_collections: returns the unsent overdue violations and marks them sent.</summary>
public static class ViolationEndpoints
{
    public static IResult SendOverdue(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "violations");
        var rows = database.Transaction(c =>
        {
            var due = EmulatorDatabase.Rows(c, """
                SELECT v.id, v.ticket, v.plate, v.fine, v.issued, v.due, v.location, v.description, v.uuid,
                       h.id AS vehicle_id, h.make, h.colour, h.type, h.year, h.prov, h.plate_type
                FROM violations v LEFT JOIN vehicles h ON h.client = v.client AND h.plate = v.plate
                WHERE v.client = $c AND v.sent = 0 ORDER BY v.id
                """, ("$c", client));
            EmulatorDatabase.Command(c, "UPDATE violations SET sent = 1 WHERE client = $c AND sent = 0", ("$c", client)).ExecuteNonQuery();
            return due;
        });
        var records = rows.Select(r => new Dictionary<string, object?>
        {
            ["ViolationID"] = r["id"],
            ["Ticket"] = r["ticket"],
            ["Issued"] = r["issued"],
            ["Due"] = r["due"],
            ["Fine"] = r["fine"],
            ["UUID"] = r["uuid"],
            ["SentToCollections"] = null,
            ["vehicle"] = new Dictionary<string, object?>
            {
                ["VehicleID"] = r["vehicle_id"],
                ["Plate"] = r["plate"],
                ["Year"] = int.TryParse(r["year"] as string, out int year) ? year : null,
                ["make"] = new Dictionary<string, object?> { ["MakeName"] = r["make"] },
                ["colour"] = new Dictionary<string, object?> { ["ColourName"] = r["colour"] },
                ["vehicle_type"] = new Dictionary<string, object?> { ["TypeName"] = r["type"] },
                ["plate_type"] = new Dictionary<string, object?> { ["TypeName"] = r["plate_type"] },
                ["province"] = new Dictionary<string, object?> { ["ProvCode"] = r["prov"] },
            },
            ["location"] = new Dictionary<string, object?> { ["LocationName"] = r["location"] },
            ["details"] = new[] { new Dictionary<string, object?> { ["Ticket"] = r["ticket"], ["offenceFine"] = r["fine"], ["type"] = new Dictionary<string, object?> { ["ViolationDescr"] = r["description"] } } },
        });
        return Results.Json(new { records, state = new { version = "opscom-emulator", csrf_token = Guid.NewGuid().ToString("N") } });
    }
}
