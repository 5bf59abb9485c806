using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>
/// Tokens belong to one client and carry permissions: permits, vehicles, profiles, violations, validate
/// (or *). Kept in the database and mirrored in memory, so checking a request costs no query.
/// </summary>
public static class Auth
{
    private static readonly ConditionalWeakTable<EmulatorDatabase, ConcurrentDictionary<string, (string Client, string[] Permissions, bool Revoked)>> Caches = new();

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

        if (!Cache(database).TryGetValue(token, out var grant) || grant.Client != client || grant.Revoked)
        {
            throw new ApiError(ErrorCodes.TokenNotForClient);
        }

        if (!grant.Permissions.Contains("*") && !grant.Permissions.Contains(permission))
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
        Cache(database)[token] = (client, permissions.Split('+'), false);
    }

    /// <summary>Revokes or restores a token; false when it does not exist.</summary>
    public static bool SetRevoked(EmulatorDatabase database, string token, bool revoked)
    {
        bool found = database.Transaction(c => EmulatorDatabase.Command(c, "UPDATE tokens SET revoked = $r WHERE token = $t", ("$r", revoked ? 1 : 0), ("$t", token)).ExecuteNonQuery()) > 0;
        if (found && Cache(database).TryGetValue(token, out var grant))
        {
            Cache(database)[token] = grant with { Revoked = revoked };
        }

        return found;
    }

    private static ConcurrentDictionary<string, (string Client, string[] Permissions, bool Revoked)> Cache(EmulatorDatabase database) =>
        Caches.GetValue(database, db => new(db.Transaction(c => EmulatorDatabase.Rows(c, "SELECT token, client, permissions, revoked FROM tokens"))
            .ToDictionary(r => (string)r["token"]!, r => ((string)r["client"]!, ((string)r["permissions"]!).Split('+'), (long)r["revoked"]! != 0))));
}
