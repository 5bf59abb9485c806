namespace FleetSim;

/// <summary>A fleet run's parameters (the command line's options).</summary>
public sealed class FleetOptions
{
    public int Meters { get; set; } = 200;

    /// <summary>Ctrl-C: the run stops at the next simulated event.</summary>
    public CancellationToken Stop { get; set; }

    public double Days { get; set; } = 1;

    public int Seed { get; set; } = 7;

    public ScenarioKind Scenario { get; set; } = ScenarioKind.Outage;

    /// <summary>When the run starts: a Monday at local midnight by default.</summary>
    public DateTime StartLocal { get; set; } = new(2026, 7, 6, 0, 0, 0);

    /// <summary>Local time of day the outage or revocation starts.</summary>
    public TimeSpan IncidentAt { get; set; } = new(12, 0, 0);

    /// <summary>Minutes the outage (default 120) or revocation (default 60) lasts.</summary>
    public int? IncidentMinutes { get; set; }

    /// <summary>Sales per meter on a weekday.</summary>
    public double SalesPerMeterDay { get; set; } = 80;

    /// <summary>An OPSCOM emulator already running (its admin API is used for the check); null starts one in-process.</summary>
    public string? OpsComUrl { get; set; }

    /// <summary>nf.config every meter uses (its [meter] id is replaced per meter).</summary>
    public string Config { get; set; } = "";

    /// <summary>Secrets for the meters.</summary>
    public string Secrets { get; set; } = "";

    /// <summary>Where to write the PNG plot, or null.</summary>
    public string? PlotPath { get; set; }

    /// <summary>After the day, how long the workers may go on to deliver what is left before the check, minutes.</summary>
    public int DrainLimitMinutes { get; set; } = 360;
}
