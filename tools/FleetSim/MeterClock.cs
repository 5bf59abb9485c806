using Meter.Core.Time;

namespace FleetSim;

/// <summary>
/// One meter's clock on the fleet's virtual time: the simulation sets it to each event's time, and a
/// sale in progress moves it on by the seconds the motorist takes. UTC is untrusted after a power cut
/// until SNTP has answered, as on the device.
/// </summary>
public sealed class MeterClock : IClock
{
    /// <summary>Virtual now, UTC ms.</summary>
    public long Now { get; set; }

    public long MonotonicMs => Now;

    public long UtcMs => Now;

    public bool IsUtcTrusted { get; set; } = true;
}
