using Meter.Core.Sale;

namespace MeterSim;

/// <summary>
/// The simulator at the keyboard: the OLED drawn in the terminal, keys typed as keypad presses and
/// coins; the UI loop and the sync worker on threads of their own (<see cref="MeterThreads"/>), as on
/// the device; the operator console on a loopback port.
/// </summary>
public static class Interactive
{
    private const string CoinKeys = "qwert";

    /// <summary>
    /// What the status line says about a key typed: nothing for the meter's keys and the simulator's own; for any other,
    /// that it is no key of the meter (it reaches nothing, so the meter is not woken by it and the next real key wakes it).
    /// </summary>
    public static string NoticeFor(char key, int coins)
    {
        bool known = "0123456789abcd*#pns".Contains(key) || (CoinKeys.IndexOf(key) is int coin && coin >= 0 && coin < coins);
        string shown = char.IsControl(key) ? "that key" : key == ' ' ? "space" : "'" + key + "'";
        return known ? "" : shown + " is no key of the meter: its keypad is 0-9 A B C D * # (enter = #, backspace = *); nothing happened";
    }

    public static async Task<int> RunAsync(SimOptions options)
    {
        MeterSimulation meter;
        try
        {
            meter = await MeterSimulation.StartAsync(options, manualClock: false);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

        await using (meter)
        {
            using var console = options.ConsolePort == 0 ? null : new ConsoleServer(options.ConsolePort, () => meter);
            using var pty = options.ConsolePty ? new PtyConsole(() => meter) : null;
            using var stop = new CancellationTokenSource();
            using var threads = new MeterThreads(meter);
            bool powerCut = false;
            var table = meter.Acceptor.Table;
            string coins = string.Join("  ", Enumerable.Range(0, Math.Min(table.Count, CoinKeys.Length))
                .Select(i => $"{CoinKeys[i]} = ${Meter.Core.Money.Cents.Format(table.CentsAt(i))}"));
            coins = coins.Length > 0 ? coins : "none (nf.config has errors)";
            string consoleText = (console == null ? "off" : $"nc 127.0.0.1 {console.Port}") + (pty == null ? "" : $", serial {pty.Path} (picocom -b 115200 {pty.Path})");
            // As on the device, a configuration with errors keeps the meter closed; the terminal lists them all.
            string problems = meter.IsConfigured ? "" : "\n" + meter.ConfigProblems + "fix nf.config and start again; Ctrl-C quits\n";
            // Ctrl-C arrives as a key, so the terminal is restored on the way out.
            Console.TreatControlCAsInput = true;
            Console.Clear();
            string shown = "";
            string pictured = "";
            int pictures = 0;
            (int width, int height) = (Console.WindowWidth, Console.WindowHeight);
            string notice = "";
            while (!stop.IsCancellationRequested)
            {
                while (Console.KeyAvailable)
                {
                    var key = Console.ReadKey(intercept: true);
                    if (key.Key == ConsoleKey.Escape || (key.Key == ConsoleKey.C && key.Modifiers.HasFlag(ConsoleModifiers.Control)))
                    {
                        stop.Cancel();
                        break;
                    }

                    // Enter confirms and Backspace deletes, as # and * do on the keypad.
                    char c = key.Key == ConsoleKey.Enter ? '#' : key.Key == ConsoleKey.Backspace ? '*' : char.ToLowerInvariant(key.KeyChar);
                    notice = NoticeFor(c, table.Count);
                    int coin = CoinKeys.IndexOf(c);
                    if (coin >= 0 && coin < table.Count)
                    {
                        meter.Acceptor.Insert(table.CentsAt(coin), meter.Clock.MonotonicMs);
                    }
                    else if (c == 'p')
                    {
                        powerCut = true;
                    }
                    else if (c == 'n')
                    {
                        meter.Network.Down = !meter.Network.Down;
                    }
                    else if (c == 's')
                    {
                        meter.Clock.IsUtcTrusted = true;
                    }
                    else if ("0123456789abcd*#".Contains(c))
                    {
                        meter.Loop.Inputs.Enqueue(InputKind.Key, char.ToUpperInvariant(c));
                    }
                }

                if (powerCut)
                {
                    powerCut = false;
                    // After a cut the clock comes back by SNTP a moment later, once the network is up (s hurries it).
                    threads.PowerCut();
                }

                string screen = TerminalView.Render(meter.Display, Console.WindowWidth >= Meter.Core.Display.Frame.Width + 2)
                    + $"coins {(meter.Loop.Flow.CoinsEnabled ? "ACCEPTED" : "refused ")}{(meter.Acceptor.Returned > 0 ? $" ({meter.Acceptor.Returned} handed back)" : "")}   network {(meter.Network.Down ? "DOWN" : "up  ")}   "
                    + $"clock {(meter.Clock.IsUtcTrusted ? "set    " : "NOT SET")}   queue {(meter.IsConfigured ? meter.Journal.PendingCount : 0)} unsent   \n"
                    + notice.PadRight(Math.Max(0, Console.WindowWidth - 1)) + "\n"
                    + string.Format(TerminalView.Legend, coins, consoleText) + (meter.EmulatorUrl != null ? $"\nOPSCOM emulator: {meter.EmulatorUrl}/" : "") + "\n" + problems;
                int lines = screen.Count(c => c == '\n');
                int columns = screen.Split('\n').Max(l => l.Length);
                if (Console.WindowWidth < columns || Console.WindowHeight < lines + 1)
                {
                    screen = $"terminal too small: needs {columns}x{lines + 1}, has {Console.WindowWidth}x{Console.WindowHeight}; enlarge it or use --script\n";
                }
                string text = meter.Loop.Flow.Screen.ToString();
                if (options.PngFolder != null && text != pictured)
                {
                    // --png: a picture of every new screen, as in script mode.
                    pictured = text;
                    Directory.CreateDirectory(options.PngFolder);
                    PngWriter.Write(Path.Combine(options.PngFolder, $"screen-{++pictures:D3}.png"), meter.Display.Pixel, Meter.Core.Display.Frame.Width, Meter.Core.Display.Frame.Height, 4);
                }

                if (Console.WindowWidth != width || Console.WindowHeight != height)
                {
                    // A resize leaves the old picture's cells behind: start from a clean terminal.
                    (width, height) = (Console.WindowWidth, Console.WindowHeight);
                    Console.Clear();
                    shown = "";
                }

                if (screen != shown)
                {
                    Console.SetCursorPosition(0, 0);
                    Console.Write(screen);
                    shown = screen;
                }

                await Task.Delay(20);
            }
        }

        Console.WriteLine();
        return 0;
    }
}
