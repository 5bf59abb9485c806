using System.Collections.Generic;
using System.Text;
using Meter.Core.Operator;
using Xunit;

namespace Meter.Core.Tests.Operator;

public class ConsoleTerminalTests
{
    private readonly RecordingCommands _commands = new();

    [Fact]
    public void Feed_SerialLineWithCrLf_EchoesAndAnswersWithCrLf()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);

        string output = Feed(terminal, "status\r\n");

        Assert.Equal(new[] { "status" }, _commands.Lines);
        Assert.Equal("status\r\nanswer to status\r\nsecond line\r\n> ", output);
    }

    [Fact]
    public void Feed_WithoutEcho_AnswersAsTheConsoleWrote()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: false);

        string output = Feed(terminal, "queue\n");

        Assert.Equal("answer to queue\nsecond line\n> ", output);
    }

    [Fact]
    public void Feed_LineEndsOneByOne_CrLfIsOneLineButCrCrIsTwo()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: false);

        Feed(terminal, "a\r");
        Feed(terminal, "\n");
        Feed(terminal, "b\r\r");

        Assert.Equal(new[] { "a", "b", "" }, _commands.Lines);
    }

    [Fact]
    public void Feed_BackspaceAndDelete_EraseAndEchoTheErase()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);

        string output = Feed(terminal, "lox\bg\x7fg\r");

        Assert.Equal(new[] { "log" }, _commands.Lines);
        Assert.StartsWith("lox\b \bg\b \bg\r\n", output);
    }

    [Fact]
    public void Feed_PinPrompt_IsNotEchoedAndThePromptSaysPin()
    {
        _commands.AskPinAfter = "void L4-0001-7";
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);

        string first = Feed(terminal, "void L4-0001-7\r");
        string pin = Feed(terminal, "4321\b1\r");

        Assert.EndsWith("PIN> ", first);
        Assert.Equal("\r\nanswer to 4321\r\nsecond line\r\n> ", pin);
        Assert.Equal("4321", _commands.Lines[1]);
    }

    [Fact]
    public void Feed_LongLine_IsKeptToOneCharacterMoreForTheConsoleToRefuse()
    {
        var terminal = new ConsoleTerminal(_commands, 5, echo: false);

        Feed(terminal, new string('x', 5000) + "\n");
        Feed(terminal, "help\n");

        Assert.Equal(new[] { "xxxxxx", "help" }, _commands.Lines);
    }

    [Fact]
    public void Feed_BinaryNoiseAndArrowKeys_NeverReachTheConsole()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);
        var bytes = new List<byte> { 0x00, 0xFF, 0x80, 0x1B, (byte)'[', (byte)'A', 0x1B, (byte)'[', (byte)'1', (byte)'5', (byte)'~', 0x07 };
        bytes.AddRange(Encoding.ASCII.GetBytes("log\n"));

        string output = terminal.Feed(bytes.ToArray(), 0, bytes.Count, 0);

        Assert.Equal(new[] { "log" }, _commands.Lines);
        Assert.Equal(12, terminal.NoiseBytes);
        Assert.StartsWith("log\r\n", output);
    }

    [Fact]
    public void Feed_CtrlC_DropsTheLine()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);

        string output = Feed(terminal, "void x\x03help\n");

        Assert.Equal(new[] { "help" }, _commands.Lines);
        Assert.Contains("^C\r\n> ", output);
    }

    [Fact]
    public void Greeting_EndsWithAPrompt()
    {
        var terminal = new ConsoleTerminal(_commands, 20, echo: true);

        Assert.Equal("hello\r\n> ", terminal.Greeting());
    }

    [Fact]
    public void ConfigErrorConsole_AnswersEveryLineWithTheErrors()
    {
        var terminal = new ConsoleTerminal(new ConfigErrorConsole("line 9: currency: must be CAD or USD"), 120, echo: false);

        string output = Feed(terminal, "status\n");

        Assert.Contains("OUT OF SERVICE", output);
        Assert.Contains("line 9: currency: must be CAD or USD\n", output);
    }

    private static string Feed(ConsoleTerminal terminal, string text)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(text);
        return terminal.Feed(bytes, 0, bytes.Length, 0);
    }

    private sealed class RecordingCommands : IConsoleCommands
    {
        public List<string> Lines { get; } = new();

        public string? AskPinAfter { get; set; }

        public string Greeting => "hello\n";

        public string Execute(ConsoleSession session, string line, long nowUtcMs)
        {
            Lines.Add(line);
            if (line == AskPinAfter)
            {
                // The real console marks the session through its internal setter; a void asks the same way.
                typeof(ConsoleSession).GetProperty(nameof(ConsoleSession.PendingPermit))!.SetValue(session, "L4-0001-7");
                return "PIN?\n";
            }

            typeof(ConsoleSession).GetProperty(nameof(ConsoleSession.PendingPermit))!.SetValue(session, null);
            return "answer to " + line + "\nsecond line\n";
        }
    }
}
