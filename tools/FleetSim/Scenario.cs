namespace FleetSim;

/// <summary>
/// When and how the city's conditions change: OPSCOM reachable or not, the network up or down, the token
/// valid, each meter powered, and how long OPSCOM takes to answer. Drawn once from the seed, so a run
/// repeats exactly.
/// </summary>
public sealed class Scenario
{
    // Slow OPSCOM: log-normal latency, median 150 ms, 99th percentile 5 s (z of the 99th percentile is 2.326).
    private const double MedianLatencyMs = 150;
    private static readonly double LatencySigma = Math.Log(5000 / MedianLatencyMs) / 2.326;
    private const int NormalLatencyMs = 40;

    private readonly List<(long From, long To)> _networkDown = new();
    private readonly Dictionary<int, (long Cut, long Restore)> _powerCuts = new();

    private Scenario(ScenarioKind kind, long incidentFrom, long incidentTo)
    {
        Kind = kind;
        IncidentFromUtcMs = incidentFrom;
        IncidentToUtcMs = incidentTo;
    }

    public ScenarioKind Kind { get; }

    /// <summary>Start of the outage or revocation, UTC ms.</summary>
    public long IncidentFromUtcMs { get; }

    /// <summary>When OPSCOM (or the token) comes back, UTC ms; recovery is measured from here.</summary>
    public long IncidentToUtcMs { get; }

    /// <summary>True for the scenarios with one incident window that ends in a recovery.</summary>
    public bool HasRecovery => Kind is ScenarioKind.Outage or ScenarioKind.TokenRevoked;

    /// <summary>Each meter's power cut and restore times (UTC ms), for those that lose power.</summary>
    public IReadOnlyDictionary<int, (long Cut, long Restore)> PowerCuts => _powerCuts;

    /// <summary>Draws the scenario's events over [start, end) for <paramref name="meters"/> meters.</summary>
    public static Scenario Create(ScenarioKind kind, int meters, long startUtcMs, long endUtcMs, long incidentFromUtcMs, int incidentMinutes, Random random)
    {
        var scenario = new Scenario(kind, incidentFromUtcMs, incidentFromUtcMs + incidentMinutes * 60_000L);
        if (kind == ScenarioKind.Flapping)
        {
            for (long t = startUtcMs + random.Next(15, 46) * 60_000L; t < endUtcMs; t += random.Next(15, 46) * 60_000L)
            {
                scenario._networkDown.Add((t, t + random.Next(60, 241) * 1000L));
            }
        }

        if (kind == ScenarioKind.PowerLoss)
        {
            int losing = Math.Max(1, meters / 10);
            foreach (int meter in Enumerable.Range(0, meters).OrderBy(_ => random.Next()).Take(losing))
            {
                long cut = startUtcMs + (long)(random.NextDouble() * (endUtcMs - startUtcMs) * 0.8);
                scenario._powerCuts[meter] = (cut, cut + random.Next(60, 1801) * 1000L);
            }
        }

        return scenario;
    }

    /// <summary>Whether a request sent at <paramref name="utcMs"/> reaches OPSCOM at all.</summary>
    public bool Reachable(long utcMs)
    {
        if (Kind == ScenarioKind.Outage && utcMs >= IncidentFromUtcMs && utcMs < IncidentToUtcMs)
        {
            return false;
        }

        foreach (var (from, to) in _networkDown)
        {
            if (utcMs >= from && utcMs < to)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the network is up for SNTP at <paramref name="utcMs"/>.</summary>
    public bool NetworkUp(long utcMs) => Kind != ScenarioKind.Flapping || Reachable(utcMs);

    /// <summary>How long OPSCOM takes to answer, ms.</summary>
    public int LatencyMs(Random random)
    {
        if (Kind != ScenarioKind.Slow)
        {
            return NormalLatencyMs;
        }

        // Box-Muller: a standard normal from two uniforms.
        double normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Min(60_000, MedianLatencyMs * Math.Exp(LatencySigma * normal));
    }
}
