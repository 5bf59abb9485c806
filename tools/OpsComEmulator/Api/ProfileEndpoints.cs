using System.Text.Json;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>profiles/types/list and profiles/push (user create or update).</summary>
public static class ProfileEndpoints
{
    /// <summary>Assumption (README): the documentation shows only OPSCOM; single sign-on sources are accepted too.</summary>
    public static readonly string[] LoginSources = { "OPSCOM", "LDAP", "SAML", "SSO" };

    // Limits from the documentation's table; "street" has none there, so a generous 255.
    private static readonly Dictionary<string, int> OptionalFields = new()
    {
        ["street"] = 255, ["city"] = 50, ["province"] = 2, ["state"] = 2, ["postal_code"] = 20, ["zip"] = 20, ["street2"] = 20, ["city2"] = 50,
        ["province2"] = 2, ["state2"] = 2, ["postal_code2"] = 20, ["zip2"] = 20, ["phone_cell"] = 20, ["user_type_id"] = 10, ["employ_no"] = 50,
        ["employee_phone"] = 50, ["student_no"] = 50, ["student_phone"] = 50, ["driver_licence_num"] = 255, ["driver_license_num"] = 255,
        ["date_of_birth"] = 10, ["locker_user_type_id"] = 10, ["driver_licence_prov"] = 2, ["driver_license_state"] = 2,
    };

    public static IResult UserTypes(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "profiles");
        var rows = database.Transaction(c => EmulatorDatabase.Rows(c, "SELECT id, type_name, ext_info FROM user_types ORDER BY id"));
        var types = rows.Select(r => new Dictionary<string, string>
        {
            ["id"] = Convert.ToString(r["id"], System.Globalization.CultureInfo.InvariantCulture)!,
            ["type_name"] = (string)r["type_name"]!,
            ["ext_info"] = (string)r["ext_info"]!,
        });
        return Results.Json(new { status = "success", user_types = types });
    }

    public static IResult Push(EmulatorDatabase database, string client, RequestBody body)
    {
        Auth.Require(database, client, body.Text("apiToken"), "profiles");
        string uniqueId = body.Required(ErrorCodes.UniqueIdRequired, 50, "unique_id");
        string source = body.Required(ErrorCodes.LoginSourceRequired, 20, "login_source");
        if (!LoginSources.Contains(source, StringComparer.OrdinalIgnoreCase))
        {
            throw new ApiError(ErrorCodes.LoginSourceInvalid);
        }

        string? first = body.Optional(50, "first_name");
        string? last = body.Optional(50, "last_name");
        string? userName = body.Optional(50, "user_name");
        string? email = body.Optional(100, "email");
        if (email != null && (!email.Contains('@') || email.StartsWith('@') || email.EndsWith('@')))
        {
            throw new ApiError(ErrorCodes.Invalid);
        }

        var fields = OptionalFields.ToDictionary(f => f.Key, f => body.Optional(f.Value, f.Key));
        if (fields["date_of_birth"] is { } birth && !DateTime.TryParseExact(birth, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            throw new ApiError(ErrorCodes.Invalid);
        }

        if (fields["user_type_id"] is { } userType && database.Transaction(c => EmulatorDatabase.Rows(c, "SELECT id FROM user_types WHERE CAST(id AS TEXT) = $t", ("$t", userType))).Count == 0)
        {
            throw new ApiError(ErrorCodes.Invalid);
        }

        long id = database.Transaction(c =>
        {
            var existing = EmulatorDatabase.Rows(c, "SELECT id FROM users WHERE client = $c AND unique_id = $u", ("$c", client), ("$u", uniqueId));
            if (existing.Count == 0)
            {
                _ = email ?? throw new ApiError(ErrorCodes.EmailRequired);
                _ = first ?? throw new ApiError(ErrorCodes.FirstNameRequired);
                _ = last ?? throw new ApiError(ErrorCodes.LastNameRequired);
            }

            long self = existing.Count == 0 ? -1 : (long)existing[0]["id"]!;
            Unique(c, client, self, "email", email, ErrorCodes.EmailNotUnique);
            Unique(c, client, self, "user_name", userName, ErrorCodes.UsernameNotUnique);
            string json = JsonSerializer.Serialize(fields.Where(f => f.Value != null).ToDictionary(f => f.Key, f => f.Value));
            if (self < 0)
            {
                EmulatorDatabase.Command(c, "INSERT INTO users (client, unique_id, login_source, first_name, last_name, user_name, email, fields) VALUES ($c, $u, $s, $f, $l, $n, $e, $j)",
                    ("$c", client), ("$u", uniqueId), ("$s", source), ("$f", first), ("$l", last), ("$n", userName), ("$e", email), ("$j", json)).ExecuteNonQuery();
                return (long)EmulatorDatabase.Command(c, "SELECT last_insert_rowid()").ExecuteScalar()!;
            }

            EmulatorDatabase.Command(c, """
                UPDATE users SET login_source = $s, first_name = COALESCE($f, first_name), last_name = COALESCE($l, last_name),
                    user_name = COALESCE($n, user_name), email = COALESCE($e, email), fields = $j WHERE id = $id
                """, ("$s", source), ("$f", first), ("$l", last), ("$n", userName), ("$e", email), ("$j", json), ("$id", self)).ExecuteNonQuery();
            return self;
        });
        return Results.Json(new { status = "success", reference_id = id });
    }

    private static void Unique(Microsoft.Data.Sqlite.SqliteConnection c, string client, long self, string column, string? value, int code)
    {
        if (value != null && EmulatorDatabase.Rows(c, $"SELECT id FROM users WHERE client = $c AND {column} = $v AND id <> $self", ("$c", client), ("$v", value), ("$self", self)).Count > 0)
        {
            throw new ApiError(code);
        }
    }
}
