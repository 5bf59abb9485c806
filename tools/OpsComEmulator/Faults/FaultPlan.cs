using System.Globalization;

namespace OpsComEmulator.Faults;

/// <summary>
/// Faults on demand, as text: rules separated by ';', each "ENDPOINT:KIND=PROBABILITY[@NUMBER]", plus an
/// optional "seed=N". Endpoints: push, update, delete, stats, vehicles, usertypes, profiles, violations,
/// validate, or *. Kinds: latency@ms, hang@ms, refuse, drop_before, drop_after, 5xx@status, malformed,
/// truncated, stall_body@ms, html. Example: "push:drop_after=0.2;*:latency=1@150;seed=7".
/// </summary>
public sealed class FaultPlan
{
    public static readonly string[] Endpoints = { "push", "update", "delete", "stats", "vehicles", "usertypes", "profiles", "violations", "validate", "*" };

    public FaultPlan(IReadOnlyList<FaultRule> rules, int seed)
    {
        Rules = rules;
        Seed = seed;
    }

    public static FaultPlan None { get; } = new(Array.Empty<FaultRule>(), 1);

    public IReadOnlyList<FaultRule> Rules { get; }

    public int Seed { get; }

    /// <summary>Parses a plan; throws FormatException naming the bad part.</summary>
    public static FaultPlan Parse(string? spec)
    {
        var rules = new List<FaultRule>();
        int seed = 1;
        foreach (var part in (spec ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("seed=", StringComparison.Ordinal))
            {
                seed = int.TryParse(part[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : throw new FormatException("bad seed: " + part);
                continue;
            }

            rules.Add(ParseRule(part));
        }

        return new FaultPlan(rules, seed);
    }

    public override string ToString() => string.Join(';', Rules.Select(r => r.ToString()).Append("seed=" + Seed.ToString(CultureInfo.InvariantCulture)));

    private static FaultRule ParseRule(string part)
    {
        int colon = part.IndexOf(':');
        int equals = part.IndexOf('=');
        if (colon < 1 || equals < colon + 2)
        {
            throw new FormatException($"'{part}' is not ENDPOINT:KIND=PROBABILITY[@NUMBER]");
        }

        string endpoint = part[..colon];
        string kind = part[(colon + 1)..equals];
        string value = part[(equals + 1)..];
        int at = value.IndexOf('@');
        string probabilityText = at < 0 ? value : value[..at];
        int argument = 0;
        if (!Endpoints.Contains(endpoint))
        {
            throw new FormatException($"unknown endpoint '{endpoint}' (one of {string.Join(", ", Endpoints)})");
        }

        if (!FaultRule.Before.Contains(kind) && !FaultRule.After.Contains(kind) && kind != FaultRule.Refuse)
        {
            throw new FormatException($"unknown fault '{kind}'");
        }

        if (!double.TryParse(probabilityText, NumberStyles.Float, CultureInfo.InvariantCulture, out double probability) || probability is < 0 or > 1)
        {
            throw new FormatException($"'{part}': probability must be 0 to 1");
        }

        if (at >= 0 && !int.TryParse(value[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out argument))
        {
            throw new FormatException($"'{part}': the number after @ must be a whole number");
        }

        if (kind == FaultRule.Refuse && endpoint != "*")
        {
            throw new FormatException("refuse applies to all endpoints: use *:refuse=P");
        }

        return new FaultRule(endpoint, kind, probability, argument);
    }
}
