namespace OpsComEmulator.Admin;

/// <summary>A permit a plate holds from elsewhere (monthly, bought by phone), as plate validation lists it.</summary>
public sealed record HeldPermit(string? Type, string? ShortName, string? Expires);
