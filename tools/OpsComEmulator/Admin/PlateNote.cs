namespace OpsComEmulator.Admin;

/// <summary>A do-not-ticket entry (kind "dntt": location, start, end, notes) or an alarm (kind "alarm": notes) on a plate.</summary>
public sealed record PlateNote(string? Kind, string? Location, string? Start, string? End, string? Notes);
