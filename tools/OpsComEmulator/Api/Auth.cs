using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Api;

/// <summary>
/// Grants: a token serves one or more clients, each with permissions: permits, vehicles, profiles,
/// violations, validate (or *). The documentation writes the same client as OC-TOMA (permits) and OC_TOMA
/// (vehicles, profiles, violations) with one token, so one token may hold both. Kept in the database and
/// mirrored in memory, so checking a request costs no query. Revoking a token revokes all its grants.
/// </summary>
public static class Auth
{
    private static readonly ConditionalWeakTable<EmulatorDatabase, ConcurrentDictionary<(string Token, string Client), (string[] Permissions, bool Revoked)>> Caches = new();

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

        if (!Cache(database).TryGetValue((token, client), out var grant) || grant.Revoked)
        {
            throw new ApiError(ErrorCodes.TokenNotForClient);
        }

        if (!grant.Permissions.Contains("*") && !grant.Permissions.Contains(permission))
        {
            throw new ApiError(ErrorCodes.NoPermission);
        }
    }

    /// <summary>
    /// Grants a token a client with permissions ("*" or joined by '+'); the token keeps its other clients.
    /// Returns the permissions this replaced (a grant of the same token and client), or null for a new grant.
    /// </summary>
    public static string? Grant(EmulatorDatabase database, string client, string token, string permissions)
    {
        Schema.SeedClient(database, client);
        string? replaced = database.Transaction(c =>
        {
            var before = EmulatorDatabase.Rows(c, "SELECT permissions FROM grants WHERE token = $t AND client = $c", ("$t", token), ("$c", client));
            EmulatorDatabase.Command(c, "INSERT INTO grants (token, client, permissions, revoked) VALUES ($t, $c, $p, 0) ON CONFLICT(token, client) DO UPDATE SET permissions = $p, revoked = 0",
                ("$t", token), ("$c", client), ("$p", permissions)).ExecuteNonQuery();
            return before.Count == 0 ? null : (string)before[0]["permissions"]!;
        });
        Cache(database)[(token, client)] = (permissions.Split('+'), false);
        return replaced;
    }

    /// <summary>Revokes or restores a token for every client it serves; false when it does not exist.</summary>
    public static bool SetRevoked(EmulatorDatabase database, string token, bool revoked)
    {
        bool found = database.Transaction(c => EmulatorDatabase.Command(c, "UPDATE grants SET revoked = $r WHERE token = $t", ("$r", revoked ? 1 : 0), ("$t", token)).ExecuteNonQuery()) > 0;
        foreach (var key in Cache(database).Keys.Where(k => k.Token == token).ToList())
        {
            Cache(database)[key] = Cache(database)[key] with { Revoked = revoked };
        }

        return found;
    }

    private static ConcurrentDictionary<(string Token, string Client), (string[] Permissions, bool Revoked)> Cache(EmulatorDatabase database) =>
        Caches.GetValue(database, db => new(db.Transaction(c => EmulatorDatabase.Rows(c, "SELECT token, client, permissions, revoked FROM grants"))
            .ToDictionary(r => ((string)r["token"]!, (string)r["client"]!), r => (((string)r["permissions"]!).Split('+'), (long)r["revoked"]! != 0))));
}
