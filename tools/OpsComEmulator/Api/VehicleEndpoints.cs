using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>vehicles/push.</summary>
public static class VehicleEndpoints
{
    public static IResult Push(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "vehicles");
        string plate = body.Text("plate") ?? throw new ApiError(ErrorCodes.PlateRequired);
        if (plate.Length > 50)
        {
            throw new ApiError(ErrorCodes.VehiclePlateTooLong);
        }

        string plateType = Lookup(database, body.Text("plateTypeID"), body.Optional(50, "plateType"), "plate_types", "name", ErrorCodes.PlateTypeRequired);
        string prov = Lookup(database, body.Text("provID"), body.Optional(50, "prov"), "provinces", "code", ErrorCodes.ProvinceRequired);
        var warnings = new List<string>();
        string? make = Truncated(body.Text("make"), "make", warnings);
        string? type = Truncated(body.Text("type"), "type", warnings);
        string? colour = Truncated(body.Text("colour"), "colour", warnings);
        string? year = body.Text("year");
        if (year != null)
        {
            if (year.Length < 4)
            {
                throw new ApiError(ErrorCodes.TooShort);
            }

            if (year.Length > 4 || !year.All(char.IsAsciiDigit))
            {
                throw new ApiError(ErrorCodes.Invalid);
            }
        }

        string? vin = body.Optional(25, "vin");
        long id = database.Transaction(c =>
        {
            if (EmulatorDatabase.Rows(c, "SELECT id FROM vehicles WHERE client = $c AND plate = $p", ("$c", client), ("$p", plate)).Count > 0)
            {
                throw new ApiError(ErrorCodes.VehicleExists);
            }

            EmulatorDatabase.Command(c, "INSERT INTO vehicles (client, plate, plate_type, prov, make, type, colour, year, vin) VALUES ($c, $p, $pt, $pr, $m, $t, $co, $y, $v)",
                ("$c", client), ("$p", plate), ("$pt", plateType), ("$pr", prov), ("$m", make), ("$t", type), ("$co", colour), ("$y", year), ("$v", vin)).ExecuteNonQuery();
            return (long)EmulatorDatabase.Command(c, "SELECT last_insert_rowid()").ExecuteScalar()!;
        });
        return Results.Json(new { status = "success", vehicle_id_id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), warnings });
    }

    // One of an id (which must exist) or a name is required.
    private static string Lookup(EmulatorDatabase database, string? id, string? name, string table, string column, int missingCode)
    {
        if (id == null)
        {
            return name ?? throw new ApiError(missingCode);
        }

        var rows = database.Transaction(c => EmulatorDatabase.Rows(c, $"SELECT {column} AS value FROM {table} WHERE CAST(id AS TEXT) = $id", ("$id", id)));
        return rows.Count == 1 ? (string)rows[0]["value"]! : throw new ApiError(ErrorCodes.Invalid);
    }

    // The documentation's example answers a too-long colour with a warning and a truncated value.
    private static string? Truncated(string? value, string field, List<string> warnings)
    {
        if (value == null || value.Length <= 50)
        {
            return value;
        }

        warnings.Add($"The vehicle {field} name was too long and has been truncated.");
        return value[..50];
    }
}
