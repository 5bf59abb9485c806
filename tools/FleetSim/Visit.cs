namespace FleetSim;

/// <summary>A motorist's visit: when, which plate, the stay wanted (minutes), and when (if ever) they come back to add time or an operator voids the permit.</summary>
public sealed record Visit(long AtUtcMs, string Plate, int StayMinutes, long? AddTimeAtUtcMs, long? VoidAtUtcMs);
