using System.Diagnostics;
using System.Text;

namespace MeterTool.Console;

/// <summary>
/// Commands to the meter's console and their answers, as a script needs them: send a line, wait for
/// the prompt that ends the answer ("> ", or "PIN> " when the meter asks for the technician PIN), and
/// return what came before it, without the echo of the line.
/// </summary>
public sealed class ConsoleConversation(SerialLink link)
{
    private readonly EchoFilter _echo = new();
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private readonly byte[] _received = new byte[1024];
    private readonly char[] _chars = new char[1024];

    /// <summary>The last answer ended with the PIN prompt: the next line is the PIN.</summary>
    public bool AwaitingPin { get; private set; }

    /// <summary>Sends Enter and waits for a prompt; returns what came before it (a greeting, say), or null when nothing answered.</summary>
    public string? WakeUp(TimeSpan timeout)
    {
        _echo.Clear();
        link.Write("\r"u8.ToArray());
        return ReadUntilPrompt(timeout);
    }

    /// <summary>Sends a line; returns the answer before the next prompt, or null when none came within <paramref name="timeout"/>.</summary>
    public string? Send(string line, TimeSpan timeout)
    {
        if (AwaitingPin)
        {
            _echo.Clear();
        }
        else
        {
            _echo.Expect(line);
        }

        link.Write(Encoding.UTF8.GetBytes(line + "\r"));
        return ReadUntilPrompt(timeout);
    }

    /// <summary>Sends raw bytes (line noise, in tests and for diagnosis), expecting nothing back.</summary>
    public void SendRaw(byte[] data) => link.Write(data);

    private string? ReadUntilPrompt(TimeSpan timeout)
    {
        var text = new StringBuilder();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            int count = link.Read(_received);
            if (count == 0)
            {
                continue;
            }

            int chars = _utf8.GetChars(_received, 0, count, _chars, 0);
            text.Append(_echo.Pass(new string(_chars, 0, chars)));
            string answer = text.ToString();
            foreach (string prompt in new[] { "PIN> ", "> " })
            {
                if (answer.EndsWith(prompt, StringComparison.Ordinal))
                {
                    AwaitingPin = prompt == "PIN> ";
                    return answer[..^prompt.Length].Replace("\r\n", "\n");
                }
            }
        }

        return null;
    }
}
