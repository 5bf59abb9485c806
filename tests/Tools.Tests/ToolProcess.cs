using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Tools.Tests;

/// <summary>
/// A shell command run as a person runs it: bash in its own session (so Ctrl-C reaches the whole process group,
/// as a terminal sends it), standard input empty or written by the test, standard output and error captured.
/// </summary>
public sealed partial class ToolProcess : IDisposable
{
    private const int SigInt = 2;
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ToolProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Standard output and error, interleaved as they came.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="script"/> under bash in <paramref name="folder"/>, after <see cref="ToolShell.Preamble"/>.</summary>
    public static ToolProcess Start(string script, string folder)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ToolShell.Preamble + script);
        start.Environment["METER_REPO"] = ToolShell.Repository;
        start.Environment["METER_BUILD"] = ToolShell.BuildConfiguration;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = start };
        var run = new ToolProcess(process);
        process.OutputDataReceived += (_, e) => run.Append(e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Writes to the command's standard input (as typed, for tools reading a terminal through <c>script</c>).</summary>
    public void Write(string text)
    {
        _process.StandardInput.Write(text);
        _process.StandardInput.Flush();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Ctrl-C: SIGINT to every process of the command's session, as a terminal does.</summary>
    public void Interrupt()
    {
        _ = Kill(-_process.Id, SigInt);
    }

    /// <summary>Waits for the end; false (and the whole group killed) after <paramref name="timeoutMs"/>.</summary>
    public bool WaitForExit(int timeoutMs)
    {
        if (_process.WaitForExit(timeoutMs))
        {
            _process.WaitForExit(); // the last output lines
            return true;
        }

        _ = Kill(-_process.Id, 9);
        _process.WaitForExit(5000);
        return false;
    }

    /// <summary>Waits until the output holds <paramref name="text"/>; false when the command ended or time ran out first.</summary>
    public bool WaitForOutput(string text, int timeoutMs)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.ElapsedMilliseconds < timeoutMs)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.HasExited)
            {
                return Output.Contains(text, StringComparison.Ordinal);
            }

            Thread.Sleep(50);
        }

        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _ = Kill(-_process.Id, 9);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
