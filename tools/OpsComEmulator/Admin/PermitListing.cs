using OpsComEmulator.Storage;

namespace OpsComEmulator.Admin;

/// <summary>
/// A permit as a technician sees it: what was pushed, its reference id, and every update and void after.
/// Start and end are as the meter sent them; the times the emulator stamps (created, changes) are UTC and
/// say so with a trailing Z.
/// </summary>
public sealed record PermitListing(string ReferenceId, string Client, string? PermitNo, string Plate, string? Zone, string StartTime, string EndTime,
    string? Amount, string? Currency, string Type, bool Voided, string Created, IReadOnlyList<PermitChange> Changes)
{
    /// <summary>Newest first; every client unless one is named.</summary>
    public static List<PermitListing> Load(EmulatorDatabase database, string? client)
    {
        return database.Transaction(c =>
        {
            var permits = EmulatorDatabase.Rows(c, "SELECT * FROM permits WHERE $c IS NULL OR client = $c ORDER BY id DESC", ("$c", client));
            var changes = EmulatorDatabase.Rows(c, "SELECT permit_id, kind, detail, at FROM permit_changes ORDER BY id")
                .GroupBy(r => (long)r["permit_id"]!)
                .ToDictionary(g => g.Key, g => g.Select(r => new PermitChange((string)r["kind"]!, (string)r["detail"]!, (string)r["at"]! + "Z")).ToList());
            return permits.Select(p => new PermitListing(
                (string)p["reference_id"]!, (string)p["client"]!, (string?)p["permit_no"], (string)p["plate"]!, (string?)p["zone"],
                (string)p["start_time"]!, (string)p["end_time"]!, (string?)p["amount"], (string?)p["currency"], (string)p["type"]!,
                (long)p["voided"]! != 0, (string)p["created"]! + "Z",
                changes.TryGetValue((long)p["id"]!, out var list) ? list : new List<PermitChange>())).ToList();
        });
    }
}
