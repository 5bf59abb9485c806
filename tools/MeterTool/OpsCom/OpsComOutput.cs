using System.Text.Json;
using Spectre.Console;

namespace MeterTool.OpsCom;

/// <summary>
/// An OPSCOM answer for people (key/value and list tables) or for scripts (<c>--json</c>: the answer as
/// OPSCOM sent it, pretty-printed), and the exit code it means: 0 done, 3 OPSCOM refused (its code and
/// message printed as such), 4 no usable answer.
/// </summary>
public static class OpsComOutput
{
    /// <summary>One list column: a header and the dotted path of the value in each item ("vehicle.Plate", "details.0.Fine").</summary>
    public sealed record Column(string Header, string Path);

    /// <summary>Prints the answer; <paramref name="list"/> names the array to tabulate (with <paramref name="columns"/>, or every scalar of its items).</summary>
    public static int Print(IAnsiConsole console, OpsComReply reply, bool json, string? list = null, Column[]? columns = null)
    {
        if (json && reply.Json != null)
        {
            console.Write(new Text(JsonSerializer.Serialize(reply.Json.Value, new JsonSerializerOptions { WriteIndented = true }) + "\n"));
        }

        if (reply.Json == null)
        {
            console.MarkupLine("[red]error:[/] OPSCOM answered HTTP " + reply.Status + (reply.Text.Trim().Length == 0
                ? " with an empty body (are --base-url and --client right?)"
                : " with something that is not JSON: " + Markup.Escape(Shorten(reply.Text))));
            return ExitCodes.Unreachable;
        }

        if (reply.ErrorCode != 0)
        {
            console.MarkupLine("[red]OPSCOM error " + reply.ErrorCode + ":[/] " + Markup.Escape(reply.ErrorMessage));
            return ExitCodes.OpsComRefused;
        }

        if (!reply.Succeeded)
        {
            console.MarkupLine("[red]error:[/] OPSCOM answered HTTP " + reply.Status + ": " + Markup.Escape(Shorten(reply.Text)));
            return ExitCodes.Unreachable;
        }

        if (!json)
        {
            Render(console, reply.Json.Value, list, columns);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Scalars of an object as a two-column table, then the named list as a table.</summary>
    public static void Render(IAnsiConsole console, JsonElement root, string? list, Column[]? columns)
    {
        var fields = new Table().AddColumn("field").AddColumn("value");
        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind is not JsonValueKind.Array and not JsonValueKind.Object))
        {
            fields.AddRow(Markup.Escape(property.Name), Markup.Escape(Scalar(property.Value)));
        }

        if (fields.Rows.Count > 0)
        {
            console.Write(fields);
        }

        if (list == null || !root.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        columns ??= items.EnumerateArray().Take(1).SelectMany(i => i.EnumerateObject())
            .Where(p => p.Value.ValueKind is not JsonValueKind.Array and not JsonValueKind.Object)
            .Select(p => new Column(p.Name, p.Name)).ToArray();
        var table = new Table().Title(Markup.Escape(list) + " (" + items.GetArrayLength() + ")");
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column.Header));
        }

        foreach (var item in items.EnumerateArray())
        {
            table.AddRow(columns.Select(c => Markup.Escape(Find(item, c.Path))).ToArray());
        }

        console.Write(table);
    }

    /// <summary>The value at a dotted path ("" when absent): object members by name, array items by index.</summary>
    public static string Find(JsonElement element, string path)
    {
        foreach (string step in path.Split('.'))
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(step, out var member))
            {
                element = member;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(step, out int index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return "";
            }
        }

        return Scalar(element);
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
