using System.Text.Json;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>permits/push, permits/update, permits/delete and permits/stats.</summary>
public static class PermitEndpoints
{
    private static readonly string[] ReferenceNames = { "referenceid", "referenceID", "reference_id" };

    public static IResult Push(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "permits");
        string plate = body.Required(ErrorCodes.PlateRequired, 25, "plate", "LicencePlate");
        var start = RequestBody.ParseTime(body.Required(ErrorCodes.Required, 20, "startTime", "StartDateUtc"), ErrorCodes.StartTimeInvalid);
        var end = RequestBody.ParseTime(body.Required(ErrorCodes.EndTimeRequired, 20, "endTime", "EndDateUtc"), ErrorCodes.EndTimeInvalid);
        if (end <= start)
        {
            throw new ApiError(ErrorCodes.EndTimeInvalid);
        }

        string? amount = body.Optional(9, "amount", "Amount");
        string? currency = body.Optional(10, "currency", "CurrencyID");
        string? permitNo = body.Optional(50, "permitNo", "TicketNumber");
        string? zone = body.Optional(200, "zone", "ParkingZoneName");
        if (amount != null)
        {
            RequestBody.ParseAmount(amount);
        }

        if (currency != null)
        {
            RequestBody.ParseCurrency(currency);
        }

        string startText = Format(start);
        string endText = Format(end);
        string reference = database.Transaction(c =>
        {
            // Assumption (README): the same permit number, plate and times mean a repeated push.
            var existing = EmulatorDatabase.Rows(c, "SELECT id FROM permits WHERE client = $c AND permit_no IS $n AND plate = $p AND start_time = $s AND end_time = $e",
                ("$c", client), ("$n", permitNo), ("$p", plate), ("$s", startText), ("$e", endText));
            if (existing.Count > 0)
            {
                throw new ApiError(ErrorCodes.Duplicate);
            }

            string id = Guid.NewGuid().ToString();
            EmulatorDatabase.Command(c, """
                INSERT INTO permits (reference_id, client, permit_no, plate, zone, amount, currency, start_time, end_time, type, created)
                VALUES ($r, $c, $n, $p, $z, $a, $cur, $s, $e, 'temp', $now)
                """, ("$r", id), ("$c", client), ("$n", permitNo), ("$p", plate), ("$z", zone), ("$a", amount), ("$cur", currency),
                ("$s", startText), ("$e", endText), ("$now", Format(database.UtcNow()))).ExecuteNonQuery();
            return id;
        });
        return Success(reference);
    }

    public static IResult Update(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "permits");
        string reference = body.Required(ErrorCodes.ReferenceRequired, 50, ReferenceNames);
        string? endText = body.Optional(20, "endTime", "EndDateUtc");
        string? plate = body.Optional(25, "plate", "LicencePlate");
        string? amount = body.Optional(9, "amount", "Amount");
        string? currency = body.Optional(10, "currency", "CurrencyID");
        DateTime? end = endText == null ? null : RequestBody.ParseTime(endText, ErrorCodes.EndTimeInvalid);
        if (amount != null)
        {
            RequestBody.ParseAmount(amount);
        }

        if (currency != null)
        {
            RequestBody.ParseCurrency(currency);
        }

        database.Transaction(c =>
        {
            var permit = Find(c, client, reference);
            if (end != null && end <= DateTime.Parse((string)permit["start_time"]!, System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new ApiError(ErrorCodes.EndTimeInvalid);
            }

            EmulatorDatabase.Command(c, """
                UPDATE permits SET end_time = COALESCE($e, end_time), plate = COALESCE($p, plate), amount = COALESCE($a, amount),
                    currency = COALESCE($cur, currency) WHERE id = $id
                """, ("$e", end == null ? null : Format(end.Value)), ("$p", plate), ("$a", amount), ("$cur", currency), ("$id", permit["id"])).ExecuteNonQuery();
            Change(c, database.UtcNow(), permit["id"]!, "update", JsonSerializer.Serialize(new { endTime = end == null ? null : Format(end.Value), plate, amount, currency }));
            return 0;
        });
        return Success(reference);
    }

    public static IResult Delete(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "permits");
        string reference = body.Required(ErrorCodes.ReferenceRequired, 50, ReferenceNames);
        database.Transaction(c =>
        {
            var permit = Find(c, client, reference);
            EmulatorDatabase.Command(c, "UPDATE permits SET voided = 1 WHERE id = $id", ("$id", permit["id"])).ExecuteNonQuery();
            Change(c, database.UtcNow(), permit["id"]!, "delete", "{}");
            return 0;
        });
        return Success(reference);
    }

    public static IResult Stats(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "permits");
        var zones = body.Text("zones")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var rows = database.Transaction(c => EmulatorDatabase.Rows(c,
            "SELECT type, COALESCE(zone, '') AS zone, COUNT(*) AS total FROM permits WHERE client = $c AND voided = 0 GROUP BY type, zone ORDER BY zone, type",
            ("$c", client)));
        var data = rows.Where(r => zones == null || zones.Contains((string)r["zone"]!))
            .Select(r => new Dictionary<string, string> { ["type"] = (string)r["type"]!, ["zone"] = (string)r["zone"]!, ["total"] = Convert.ToString(r["total"], System.Globalization.CultureInfo.InvariantCulture)! });
        return Results.Json(new { data });
    }

    private static Dictionary<string, object?> Find(Microsoft.Data.Sqlite.SqliteConnection c, string client, string reference)
    {
        var rows = EmulatorDatabase.Rows(c, "SELECT id, start_time FROM permits WHERE client = $c AND reference_id = $r AND voided = 0", ("$c", client), ("$r", reference));
        return rows.Count == 1 ? rows[0] : throw new ApiError(ErrorCodes.NotFound);
    }

    private static void Change(Microsoft.Data.Sqlite.SqliteConnection c, DateTime at, object permitId, string kind, string detail) =>
        EmulatorDatabase.Command(c, "INSERT INTO permit_changes (permit_id, kind, detail, at) VALUES ($id, $k, $d, $at)",
            ("$id", permitId), ("$k", kind), ("$d", detail), ("$at", Format(at))).ExecuteNonQuery();

    private static IResult Success(string reference) =>
        Results.Json(new Dictionary<string, string> { ["status"] = "success", ["reference_id"] = reference, ["InternalReferenceID"] = reference });

    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
