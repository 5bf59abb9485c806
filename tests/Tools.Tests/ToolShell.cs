using System.Text.RegularExpressions;

namespace Tools.Tests;

/// <summary>
/// What the shell knows when a documented command runs: <c>MeterTool</c> is the built tool (the README's
/// "publish it once" form), and <c>dotnet run [-c C] --project tools/X -- ARGS</c> runs the build the test
/// command already made (a second build inside the test run would race the first; the configuration only
/// changes speed). Anything else runs as is.
/// </summary>
public static partial class ToolShell
{
    public const string Preamble = """
        set -euo pipefail
        MeterTool() { command dotnet "$METER_REPO/tools/MeterTool/bin/$METER_BUILD/net10.0/MeterTool.dll" "$@"; }
        dotnet() {
          if [ "${1:-}" != run ]; then command dotnet "$@"; return; fi
          shift
          local project=""
          while [ $# -gt 0 ]; do
            case "$1" in
              -c|--configuration) shift 2 ;;
              --project) project="$2"; shift 2 ;;
              --) shift; break ;;
              *) echo "readme test: 'dotnet run $1' is not understood here" >&2; return 2 ;;
            esac
          done
          command dotnet "$METER_REPO/$project/bin/$METER_BUILD/net10.0/$(basename "$project").dll" "$@"
        }

        """;

    /// <summary>The repository: the folder above the tests that holds Meter.sln.</summary>
    public static string Repository { get; } = FindRepository();

    /// <summary>The configuration the test command built (Debug or Release), read from this test's own output path.</summary>
    public static string BuildConfiguration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    [GeneratedRegex(@"Unhandled exception|^\s+at [\w.<>`|\[\]]+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();

    /// <summary>A .NET stack trace in a tool's output: what a person must never see.</summary>
    public static bool HasStackTrace(string output) => StackTraceLine().IsMatch(output);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Meter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Meter.sln not found above " + AppContext.BaseDirectory);
    }
}
