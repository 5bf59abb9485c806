namespace OpsComEmulator;

/// <summary>How to run the emulator: from command-line flags, or set by tests and the simulator.</summary>
public sealed class EmulatorOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where to listen; loopback unless told otherwise. Port 0 picks a free one.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>SQLite file that survives restarts, or ":memory:".</summary>
    public string Database { get; set; } = "opscom-emulator.db";

    /// <summary>Client code, token and permissions ("*" or e.g. "permits+validate").</summary>
    public List<(string Client, string Token, string Permissions)> Tokens { get; } = new();

    public string Faults { get; set; } = "";

    /// <summary>Adds two sample permits (S-1, S-2) for trying the page and stats by hand; off by default, so they never mix with a meter's.</summary>
    public bool SamplePermits { get; set; }

    /// <summary>The controller's clock (plate validation shows permits running now); the simulator passes its own.</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    /// <summary>
    /// Required on the admin endpoints (page, permits, faults, token revoke) when set: a request must carry it
    /// as the X-Admin-Token header or ?admin_token=. Listening beyond loopback needs one.
    /// </summary>
    public string? AdminToken { get; set; }

    /// <summary>Why these options must not be used (null when fine): admin endpoints open to the network.</summary>
    public string? Problem()
    {
        foreach (string url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri))
            {
                return "--urls: not a URL: " + url;
            }

            bool loopback = uri.IsLoopback || uri.Host == "localhost";
            if (!loopback && string.IsNullOrEmpty(AdminToken))
            {
                return "--urls: " + url + " is reachable from the network, and the admin endpoints (faults, token revoke) would be open; give --admin-token SECRET, or listen on 127.0.0.1";
            }
        }

        return Database == ":memory:" ? null : DatabaseProblem(Database);
    }

    // SQLite neither makes folders nor says kindly that a file is something else: both are checked before it opens.
    private static string? DatabaseProblem(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null && !Directory.Exists(folder))
        {
            return "--db: no folder " + folder + "; give a file in a folder that exists";
        }

        if (Directory.Exists(path))
        {
            return "--db: " + path + " is a folder; give a file";
        }

        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            var header = new byte[16];
            using (var file = File.OpenRead(path))
            {
                file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }

            if (System.Text.Encoding.ASCII.GetString(header) != "SQLite format 3\0")
            {
                return "--db: " + path + " is not an SQLite database (another file?); give a new file name or an emulator database";
            }
        }

        return null;
    }

    /// <summary>
    /// Adds a --client grant. A token may serve several clients (OC-TOMA and OC_TOMA, as the documentation
    /// writes them); a grant of the same client and token as an earlier flag replaces it, and the returned
    /// notice says so (null when nothing was replaced).
    /// </summary>
    public string? AddClient(string text)
    {
        var grant = ParseClient(text);
        int earlier = Tokens.FindIndex(t => t.Client == grant.Client && t.Token == grant.Token);
        if (earlier < 0)
        {
            Tokens.Add(grant);
            return null;
        }

        string replaced = Tokens[earlier].Permissions;
        Tokens[earlier] = grant;
        return "--client " + grant.Client + "=" + grant.Token + " given again: permissions " + grant.Permissions + " replace " + replaced;
    }

    /// <summary>Parses a --client value, CODE=TOKEN[:PERMISSIONS].</summary>
    public static (string Client, string Token, string Permissions) ParseClient(string text)
    {
        int equals = text.IndexOf('=');
        if (equals < 1 || equals == text.Length - 1)
        {
            throw new ArgumentException("--client wants CODE=TOKEN[:PERMISSIONS], got " + text);
        }

        string token = text[(equals + 1)..];
        int colon = token.IndexOf(':');
        return colon < 0 ? (text[..equals], token, "*") : (text[..equals], token[..colon], token[(colon + 1)..]);
    }
}
