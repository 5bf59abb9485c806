using System.CommandLine;
using Spectre.Console;

namespace MeterTool.Console;

/// <summary><c>console PORT [--baud N] [--run COMMAND]...</c>: the meter's serial console, interactive or for scripts.</summary>
public static class ConsoleCommand
{
    /// <summary>The command; interactive sessions read keys from <paramref name="readKey"/> and write to <paramref name="output"/>.</summary>
    public static Command Build(IAnsiConsole console, Func<ConsoleKeyInfo> readKey, TextWriter output, TextReader input)
    {
        var port = new Argument<string>("port") { Description = "the console's serial port: the USB-serial cable (COM5, /dev/ttyUSB1) or a simulator's pseudo-terminal" };
        var baud = new Option<int>("--baud") { Description = "speed, as [console] baud in nf.config", DefaultValueFactory = _ => 115200 };
        var run = new Option<string[]>("--run") { Description = "run this command and print its answer (repeatable), then exit; a PIN the meter asks for is read from the terminal, or from standard input when it is redirected", Arity = ArgumentArity.ZeroOrMore };
        var timeout = new Option<int>("--timeout") { Description = "seconds to wait for each answer with --run", DefaultValueFactory = _ => 10 };
        var command = new Command("console", "Talk to a meter's operator console: line editing and history, the PIN not echoed, reconnects when the cable comes back; Ctrl-C leaves. With --run, run commands and exit (6 when the meter does not answer).")
        {
            port, baud, run, timeout,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(port)!;
            string[] commands = parse.GetValue(run) ?? Array.Empty<string>();
            try
            {
                return commands.Length > 0
                    ? RunCommands(console, name, parse.GetValue(baud), commands, TimeSpan.FromSeconds(parse.GetValue(timeout)), readKey, input)
                    : Interactive(name, parse.GetValue(baud), readKey, output);
            }
            catch (PortException error)
            {
                console.MarkupLine("[red]error:[/] " + Markup.Escape(error.Message));
                return ExitCodes.PortProblem;
            }
        });
        return command;
    }

    private static int Interactive(string port, int baud, Func<ConsoleKeyInfo> readKey, TextWriter output)
    {
        // Ctrl-C must arrive as a key, so leaving goes through the editor and the port is closed cleanly.
        if (!System.Console.IsInputRedirected)
        {
            System.Console.TreatControlCAsInput = true;
        }

        return new InteractiveConsole(port, baud, readKey, output).Run();
    }

    /// <summary>Runs the commands in order, printing each answer; returns the exit code.</summary>
    public static int RunCommands(IAnsiConsole console, string port, int baud, IReadOnlyList<string> commands, TimeSpan timeout, Func<ConsoleKeyInfo> readKey, TextReader input)
    {
        using var link = SerialLink.Open(port, baud);
        var conversation = new ConsoleConversation(link);
        bool refused = false;
        try
        {
            if (conversation.WakeUp(timeout) == null)
            {
                console.MarkupLine("[red]error:[/] the console on " + Markup.Escape(port) + " does not answer (is it the meter's console port, at the right --baud?)");
                return ExitCodes.NoConsole;
            }

            foreach (string line in commands)
            {
                string? answer = conversation.Send(line, timeout);
                while (answer != null && conversation.AwaitingPin)
                {
                    console.Write(new Text(answer));
                    string? pin = ReadPin(console, readKey, input);
                    if (pin == null)
                    {
                        // An empty line cancels the meter's PIN prompt: no wrong PIN counted, nothing left waiting for the next operator.
                        conversation.Send("", timeout);
                        console.MarkupLine("[red]error:[/] the meter asks for the technician PIN and none was given (its prompt was cancelled)");
                        return ExitCodes.Usage;
                    }

                    answer = conversation.Send(pin, timeout);
                }

                if (answer == null)
                {
                    console.MarkupLine("[red]error:[/] no answer to '" + Markup.Escape(line) + "' within " + timeout.TotalSeconds + " s");
                    return ExitCodes.NoConsole;
                }

                console.Write(new Text(answer));
                refused |= Refused(answer);
            }
        }
        catch (IOException error)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(port) + ": " + Markup.Escape(error.Message) + " (cable unplugged?)");
            return ExitCodes.PortProblem;
        }

        return refused ? ExitCodes.MeterRefused : ExitCodes.Ok;
    }

    // The console's refusals: its errors (wrong PIN, bad permit, locked PIN entry), a cancelled PIN and an unknown command.
    private static bool Refused(string answer) =>
        answer.Split('\n').Any(line => line.StartsWith("error:", StringComparison.Ordinal) || line.StartsWith("unknown command", StringComparison.Ordinal)
            || line.StartsWith("PIN entry cancelled", StringComparison.Ordinal));

    // From a person: typed as stars. From a script: one line of standard input.
    private static string? ReadPin(IAnsiConsole console, Func<ConsoleKeyInfo> readKey, TextReader input)
    {
        if (System.Console.IsInputRedirected || input != System.Console.In)
        {
            return input.ReadLine();
        }

        console.Write(new Text("PIN> "));
        return new LineEditor(readKey, System.Console.Out).ReadLine(secret: true);
    }
}
