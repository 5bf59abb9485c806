namespace FleetSim;

/// <summary>What a fleet run measured.</summary>
public sealed class FleetResult
{
    public int Meters { get; init; }

    public double Days { get; init; }

    public ScenarioKind Scenario { get; init; }

    public int Sales { get; set; }

    public int AddedTime { get; set; }

    public int Voids { get; set; }

    public int NotSold { get; set; }

    public int Reboots { get; set; }

    /// <summary>Requests that reached OPSCOM.</summary>
    public long Requests { get; set; }

    /// <summary>Requests that failed at the meter (no answer, refused, late) and were retried.</summary>
    public long Retries { get; set; }

    public int PeakBacklogTotal { get; set; }

    public int PeakBacklogMeter { get; set; }

    /// <summary>Minutes from recovery (or the end of sales) until every permit sold before it was delivered; NaN when never.</summary>
    public double DrainMinutes { get; set; } = double.NaN;

    public double MeanRequestsPerSecond { get; set; }

    public int PeakRequestsPerSecond { get; set; }

    /// <summary>Busiest single second in the minute after recovery (0 without a recovery).</summary>
    public int PeakSecondAfterRecovery { get; set; }

    /// <summary>
    /// Highest rate over any minute starting in the minute after recovery, requests per second: how hard the
    /// meters come back. (A single second is no measure at a mean of a fraction of a request per second: one
    /// request in it is already several times the mean.)
    /// </summary>
    public double PeakRateAfterRecovery { get; set; }

    /// <summary>The same over any 10 seconds starting in the minute after recovery: how the returns bunch up.</summary>
    public double PeakTenSecondRateAfterRecovery { get; set; }

    /// <summary><see cref="PeakTenSecondRateAfterRecovery"/> over the mean of the day.</summary>
    public double PeakTenSecondToMeanAfterRecovery => MeanRequestsPerSecond > 0 ? PeakTenSecondRateAfterRecovery / MeanRequestsPerSecond : 0;

    /// <summary><see cref="PeakRateAfterRecovery"/> over the mean of the day: the jitter's and the pacing's effect.</summary>
    public double PeakToMeanAfterRecovery => MeanRequestsPerSecond > 0 ? PeakRateAfterRecovery / MeanRequestsPerSecond : 0;

    /// <summary>Highest 10-second rate from recovery until drained, over the mean of the day: the whole catch-up's load.</summary>
    public double PeakToMeanDuringDrain { get; set; }

    public bool ExactlyOnce { get; set; }

    /// <summary>What the exactly-once check found wrong (empty when it held).</summary>
    public List<string> Problems { get; } = new();

    public double RealSeconds { get; set; }

    public double SimSecondsPerMeterDay => RealSeconds / Meters / Days;

    /// <summary>Total backlog (permits waiting for OPSCOM), one sample a minute.</summary>
    public List<int> BacklogPerMinute { get; } = new();

    /// <summary>Requests at OPSCOM per minute.</summary>
    public List<int> RequestsPerMinute { get; } = new();

    /// <summary>Minutes from the start to the incident and to the recovery (NaN without).</summary>
    public double IncidentStartMinute { get; set; } = double.NaN;

    public double RecoveryMinute { get; set; } = double.NaN;

    /// <summary>When meters lost and regained power (powerloss), minutes from the start: marked on the plot.</summary>
    public List<(double Cut, double Restore)> PowerEventsMinutes { get; } = new();

    /// <summary>The most requests OPSCOM got in one minute from the recovery until drained.</summary>
    public int PeakMinuteDuringDrain { get; set; }

    /// <summary>The most requests OPSCOM got in one minute before the incident: what a normal busy minute is.</summary>
    public int BusiestMinuteBefore { get; set; }

    /// <summary>The drain's peak minute over a normal busy minute (0 without an incident or traffic before it).</summary>
    public double DrainPeakToBusyMinute => BusiestMinuteBefore > 0 ? (double)PeakMinuteDuringDrain / BusiestMinuteBefore : 0;
}
