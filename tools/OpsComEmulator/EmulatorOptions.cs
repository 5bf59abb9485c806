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

    /// <summary>The controller's clock (plate validation shows permits running now); the simulator passes its own.</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    /// <summary>Parses --urls, --db, --client CODE=TOKEN[:PERMS] (repeatable), --faults SPEC. Throws ArgumentException on bad flags.</summary>
    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string flag = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(flag + " needs a value");
            switch (flag)
            {
                case "--urls":
                    options.Urls = Value();
                    break;
                case "--db":
                    options.Database = Value();
                    break;
                case "--faults":
                    options.Faults = Value();
                    OpsComEmulator.Faults.FaultPlan.Parse(options.Faults);
                    break;
                case "--client":
                    options.Tokens.Add(ParseClient(Value()));
                    break;
                default:
                    throw new ArgumentException("unknown flag " + flag + " (flags: --urls, --db, --client CODE=TOKEN[:PERMISSIONS], --faults SPEC)");
            }
        }

        if (options.Tokens.Count == 0)
        {
            options.Tokens.Add(("OC-TOMA", "dev-token-0001", "*"));
        }

        return options;
    }

    private static (string, string, string) ParseClient(string text)
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
