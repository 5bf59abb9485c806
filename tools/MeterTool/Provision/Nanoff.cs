using System.Diagnostics;

namespace MeterTool.Provision;

/// <summary>
/// nanoFramework's flasher (a .NET global tool), found on PATH and run with an argument list; its output
/// is kept so a failure can show it. Not a library: nanoff is only published as a command-line tool.
/// </summary>
public sealed class Nanoff(string path)
{
    /// <summary>How to get nanoff, for the message when it is missing.</summary>
    public const string InstallHint = "install it with: dotnet tool install -g nanoff (then open a new terminal, so PATH has ~/.dotnet/tools)";

    /// <summary>The executable run.</summary>
    public string Path { get; } = path;

    /// <summary>nanoff on PATH (nanoff, or nanoff.exe on Windows), or null.</summary>
    public static Nanoff? Find()
    {
        string name = OperatingSystem.IsWindows() ? "nanoff.exe" : "nanoff";
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = System.IO.Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return new Nanoff(candidate);
            }
        }

        return null;
    }

    /// <summary>Runs nanoff with these arguments; returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("nanoff did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
