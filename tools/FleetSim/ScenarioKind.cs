namespace FleetSim;

/// <summary>What happens to the city during the run.</summary>
public enum ScenarioKind
{
    /// <summary>Nothing goes wrong.</summary>
    Normal,

    /// <summary>OPSCOM unreachable for the incident window (2 hours at noon by default).</summary>
    Outage,

    /// <summary>The city's network drops for 1-4 minutes every 15-45 minutes, all day.</summary>
    Flapping,

    /// <summary>The meters' token revoked at OPSCOM for the incident window (1 hour at noon by default).</summary>
    TokenRevoked,

    /// <summary>A tenth of the meters lose power once, at a random time, for 1-30 minutes.</summary>
    PowerLoss,

    /// <summary>OPSCOM slow all day: latency with a median of 150 ms and a 99th percentile of 5 s.</summary>
    Slow,
}
