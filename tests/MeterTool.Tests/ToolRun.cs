using System.Collections.Concurrent;
using Spectre.Console;

namespace MeterTool.Tests;

/// <summary>MeterTool run in-process as a person would from a shell: its output captured, keys and standard input scripted.</summary>
public sealed class ToolRun
{
    private readonly StringWriter _output = new();

    /// <summary>Keys for interactive sessions, taken as the tool asks for them (it waits when there are none).</summary>
    public BlockingCollection<ConsoleKeyInfo> Keys { get; } = new();

    /// <summary>What the tool printed, tables and messages together.</summary>
    public string Output => _output.ToString();

    /// <summary>Runs the command line; returns the exit code.</summary>
    public async Task<int> RunAsync(string[] args, string input = "")
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(TextWriter.Synchronized(_output)),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var root = MeterToolCommand.Build(console, () => new HttpClient(), () => Keys.Take(), TextWriter.Synchronized(_output), new StringReader(input));
        return await MeterToolCommand.InvokeAsync(root, args, TextWriter.Synchronized(_output));
    }

    /// <summary>Types text, then Enter.</summary>
    public void Type(string line)
    {
        foreach (char c in line)
        {
            Keys.Add(new ConsoleKeyInfo(c, ConsoleKey.A, false, false, false));
        }

        Keys.Add(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
    }

    /// <summary>Waits until the output contains <paramref name="text"/> (after <paramref name="from"/>); false after the timeout.</summary>
    public bool WaitFor(string text, int from = 0, int timeoutMs = 10000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            string output = Output;
            if (output.Length > from && output.IndexOf(text, from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }
}
