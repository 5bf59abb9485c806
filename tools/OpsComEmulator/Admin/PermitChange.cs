namespace OpsComEmulator.Admin;

/// <summary>An update or void applied to a permit, with what it changed (JSON) and when (UTC).</summary>
public sealed record PermitChange(string Kind, string Detail, string At);
