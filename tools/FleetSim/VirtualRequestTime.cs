namespace FleetSim;

/// <summary>The virtual time of the request OPSCOM is handling now: the emulator stamps what it records with it.</summary>
public sealed class VirtualRequestTime
{
    /// <summary>UTC ms.</summary>
    public long UtcMs { get; set; }

    /// <summary>As a DateTime, for the emulator's clock.</summary>
    public DateTime UtcNow() => DateTime.UnixEpoch.AddMilliseconds(UtcMs);
}
