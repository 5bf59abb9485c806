namespace FleetSim;

/// <summary>Something that happens to a meter (or the city) at a virtual time; <paramref name="Argument"/> is a visit's index where one applies.</summary>
public readonly record struct FleetEvent(FleetEventKind Kind, int Meter, int Argument);
