using System.Globalization;
using OpsComEmulator.Storage;

namespace OpsComEmulator.Admin;

/// <summary>Seeds what plate validation answers (admin API): permits held from elsewhere, do-not-ticket entries, alarms.</summary>
public static class PlateRecords
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static IResult AddPermit(EmulatorDatabase database, string plate, HeldPermit permit)
    {
        if (string.IsNullOrWhiteSpace(permit.Type) || string.IsNullOrWhiteSpace(permit.ShortName) || !IsTime(permit.Expires))
        {
            return Results.BadRequest("type, shortName and expires (" + TimeFormat + ") are required");
        }

        database.Execute("INSERT INTO plate_permits (plate, type, short_name, expires) VALUES ($p, $t, $s, $e)",
            ("$p", plate), ("$t", permit.Type), ("$s", permit.ShortName), ("$e", permit.Expires));
        return Results.Ok();
    }

    public static IResult AddNote(EmulatorDatabase database, string plate, PlateNote note)
    {
        bool dntt = note.Kind == "dntt";
        if ((!dntt && note.Kind != "alarm") || string.IsNullOrWhiteSpace(note.Notes)
            || (dntt && (string.IsNullOrWhiteSpace(note.Location) || !IsTime(note.Start) || !IsTime(note.End))))
        {
            return Results.BadRequest("kind alarm (notes) or dntt (location, start, end as " + TimeFormat + ", notes)");
        }

        database.Execute("INSERT INTO plate_notes (plate, kind, location, start, end, notes) VALUES ($p, $k, $l, $s, $e, $n)",
            ("$p", plate), ("$k", note.Kind), ("$l", dntt ? note.Location : null), ("$s", dntt ? note.Start : null), ("$e", dntt ? note.End : null), ("$n", note.Notes));
        return Results.Ok();
    }

    private static bool IsTime(string? text) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
