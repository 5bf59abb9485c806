namespace FleetSim;

/// <summary>The kinds of <see cref="FleetEvent"/>.</summary>
public enum FleetEventKind
{
    WorkerCycle,
    Sale,
    AddTime,
    Void,
    PowerCut,
    PowerOn,
    Sntp,
    RevokeToken,
    RestoreToken,
    Sample,
    CaptureLedger,
}
