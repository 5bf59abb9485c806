using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>Tokens belong to one client and carry permissions: permits, vehicles, profiles, violations, validate (or *).</summary>
public static class Auth
{
    public static void Require(EmulatorDatabase database, string? client, string? token, string permission)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ApiError(ErrorCodes.TokenMissing);
        }

        if (string.IsNullOrWhiteSpace(client))
        {
            throw new ApiError(ErrorCodes.ClientMissing);
        }

        var rows = database.Transaction(c => EmulatorDatabase.Rows(c,
            "SELECT permissions FROM tokens WHERE token = $token AND client = $client AND revoked = 0", ("$token", token), ("$client", client)));
        if (rows.Count == 0)
        {
            throw new ApiError(ErrorCodes.TokenNotForClient);
        }

        var permissions = ((string)rows[0]["permissions"]!).Split('+');
        if (!permissions.Contains("*") && !permissions.Contains(permission))
        {
            throw new ApiError(ErrorCodes.NoPermission);
        }
    }

    /// <summary>Adds or replaces a token ("*" or permissions joined by '+').</summary>
    public static void Grant(EmulatorDatabase database, string client, string token, string permissions)
    {
        Schema.SeedClient(database, client);
        database.Execute("INSERT INTO tokens (token, client, permissions, revoked) VALUES ($t, $c, $p, 0) ON CONFLICT(token) DO UPDATE SET client = $c, permissions = $p, revoked = 0",
            ("$t", token), ("$c", client), ("$p", permissions));
    }

    /// <summary>Revokes or restores a token; false when it does not exist.</summary>
    public static bool SetRevoked(EmulatorDatabase database, string token, bool revoked) =>
        database.Transaction(c => EmulatorDatabase.Command(c, "UPDATE tokens SET revoked = $r WHERE token = $t", ("$r", revoked ? 1 : 0), ("$t", token)).ExecuteNonQuery()) > 0;
}
