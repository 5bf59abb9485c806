using System.CommandLine;

namespace Meter.Tools;

/// <summary>
/// How every tool of ours reads its command line: a mistake (an unknown option, a value of the wrong kind, a missing
/// argument) is one line naming it, and exit 2, never the whole help (--help prints that). Linked into each tool's
/// project: the tools share no library (the emulator shares no code with the meter). Ctrl-C cancels the action's token;
/// an action still running half a second later is cut short (exit 130), so every tool ends within a second.
/// </summary>
internal static class CommandLineMistakes
{
    private static readonly InvocationConfiguration Invocation = new() { ProcessTerminationTimeout = TimeSpan.FromMilliseconds(500) };

    /// <summary>Runs the parse, or says its first mistake on <paramref name="error"/> and returns 2.</summary>
    public static async Task<int> InvokeAsync(ParseResult parse, TextWriter error)
    {
        if (parse.Errors.Count > 0)
        {
            // Some messages list the choices a line each ("Did you mean one of the following?"): kept, on the one line.
            string[] lines = parse.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            error.WriteLine("error: " + lines[0] + (lines.Length > 1 ? " " + string.Join(", ", lines.Skip(1)) : "") + " (--help lists the options)");
            return 2;
        }

        return await parse.InvokeAsync(Invocation);
    }
}
