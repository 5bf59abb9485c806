using System.Diagnostics;
using Xunit;

namespace Tools.Tests;

/// <summary>
/// The documentation is executable: every shell block of every Markdown file runs as written, in order, in a
/// scratch copy of the repository, against the emulator the README itself starts; each must exit 0 without a
/// stack trace within its time. A block that cannot run here (flashing a board, an interactive terminal) says why
/// on the line before it: <c>&lt;!-- readme-test: not run: REASON --&gt;</c>.
/// </summary>
public sealed class ReadmeCommandsTests
{
    private const int BlockTimeoutMs = 180_000;
    private const int ServerStartMs = 30_000;
    private const int CtrlCMs = 1_000;
    private const int PortLockWaitMs = 600_000;

    public static IEnumerable<MarkdownCommandBlock> AllBlocks() =>
        MarkdownBlocks.Files(ToolShell.Repository)
            .SelectMany(file => MarkdownBlocks.Read(Path.Combine(ToolShell.Repository, file), file));

    [Fact]
    public void EveryFence_NamesItsLanguage_AndEveryCommandNotRun_SaysWhy()
    {
        var problems = new List<string>();
        foreach (var block in AllBlocks())
        {
            if (block.Language.Length == 0)
            {
                problems.Add(block + ": a fence without a language (sh for commands, text for the rest)");
            }
            else if (block.Marker != null && !block.IsShell)
            {
                problems.Add(block + ": a readme-test marker on a block that is no command");
            }
            else if (block.IsShell && block.Marker != null && block.NotRunReason == null && !block.RunsInBackground)
            {
                problems.Add(block + ": unknown marker '" + block.Marker + "' (not run: REASON, or background)");
            }
            else if (block.NotRunReason is { Length: 0 })
            {
                problems.Add(block + ": not run, without a reason");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains(AllBlocks(), b => b.IsShell && b.NotRunReason == null);
    }

    [Fact]
    public void EveryCommandBlock_RunsAsWritten_Exit0_WithoutAStackTrace()
    {
        // The README's emulator listens on 127.0.0.1:5080 as written: two test runs on one machine take turns.
        using var portLock = TakePortLock();
        using var scratch = new ScratchCheckout();
        var servers = new List<(MarkdownCommandBlock Block, ToolProcess Process)>();
        var problems = new List<string>();
        try
        {
            foreach (var block in AllBlocks().Where(b => b.IsShell && b.NotRunReason == null))
            {
                var process = ToolProcess.Start(block.Text + "\n", scratch.Folder);
                if (block.RunsInBackground)
                {
                    servers.Add((block, process));
                    if (!process.WaitForOutput("OPSCOM emulator on", ServerStartMs) || process.HasExited)
                    {
                        problems.Add(block + ": the emulator did not start on " + ScratchCheckout.EmulatorUrl + "\n" + process.Output);
                    }

                    continue;
                }

                using (process)
                {
                    process.CloseInput();
                    var clock = Stopwatch.StartNew();
                    if (!process.WaitForExit(BlockTimeoutMs))
                    {
                        problems.Add(block + ": still running after " + BlockTimeoutMs / 1000 + " s\n" + process.Output);
                    }
                    else if (process.ExitCode != 0 || ToolShell.HasStackTrace(process.Output))
                    {
                        problems.Add(block + ": exit " + process.ExitCode + " after " + clock.ElapsedMilliseconds + " ms\n" + process.Output);
                    }
                }
            }
        }
        finally
        {
            foreach (var (block, server) in servers)
            {
                using (server)
                {
                    server.Interrupt();
                    if (!server.WaitForExit(CtrlCMs))
                    {
                        problems.Add(block + ": Ctrl-C did not end it within a second");
                    }
                    else if (ToolShell.HasStackTrace(server.Output))
                    {
                        problems.Add(block + ": a stack trace\n" + server.Output);
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    // An exclusive lock on a file every run on this machine opens (flock on Linux), waited for when another run holds it.
    private static FileStream TakePortLock()
    {
        string path = Path.Combine(Path.GetTempPath(), "meter-readme-test-5080.lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.ElapsedMilliseconds < PortLockWaitMs)
            {
                Thread.Sleep(500);
            }
        }
    }
}
