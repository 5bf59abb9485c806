using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Meter.Core.Sale;
using Meter.Core.Time;

namespace MeterSim;

/// <summary>
/// Plays a scenario against the simulated meter with a clock that moves only when told. One command a
/// line; '#' starts a comment. Returns the number of failed expectations (each reported with its line).
/// <code>
/// keys 7#              keypad presses (0-9 A-D * #); a space waits past the multi-tap time
/// coin 0.25            a coin of that value: its pulse train goes through the core's decoder
/// coins 1.00 1.00      coins fed at once: the acceptor takes them one after another
/// pulses 3             a pulse train of that many pulses (no coin, or noise)
/// wait 5s              time passes (ms, s, m, h); the UI ticks and the sync worker runs
/// sync                 let the sync worker drain what it can now
/// network down|up      pull or plug the cable
/// faults SPEC          the in-process emulator's faults from now on, e.g. validate:hang=1 (empty: none)
/// power-cut            lose everything in memory and boot from the journal's folder
/// clock set            SNTP sets the clock (after a power cut it is not trusted)
/// console CMD ...      run an operator console command
/// png NAME             write the screen to NAME.png (needs --png DIR)
/// expect screen TEXT           the screen's text contains TEXT
/// expect coins enabled|disabled
/// expect returned N            the acceptor handed back N coins (fed while coins were refused)
/// expect queue N               N permits wait for OPSCOM (the status bar's "queue N unsent")
/// expect console TEXT          the last console answer contains TEXT
/// expect audit TEXT            the console's 'audit' (the open period's cash audit) contains TEXT
/// expect emulator count PLATE N      OPSCOM holds N permits (not voided) for the plate
/// expect emulator end PLATE HH:MM    ... and the newest ends at this local time
/// expect emulator updates PLATE N    ... with N updates
/// </code>
/// </summary>
public sealed class ScriptRunner
{
    private readonly MeterSimulation _meter;
    private readonly TextWriter _output;
    private readonly HttpClient _admin = new();
    private string _lastConsole = "";
    private int _failures;

    public ScriptRunner(MeterSimulation meter, TextWriter output)
    {
        _meter = meter;
        _output = output;
    }

    public async Task<int> RunAsync(IEnumerable<string> lines)
    {
        int number = 0;
        _meter.Step();
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                await ExecuteAsync(line, number);
            }
            catch (Exception error) when (error is FormatException or ArgumentException or KeyNotFoundException)
            {
                throw new FormatException($"line {number}: {line}: {error.Message}", error);
            }
        }

        return _failures;
    }

    private async Task ExecuteAsync(string line, int number)
    {
        string[] words = line.Split(' ', 2, StringSplitOptions.TrimEntries);
        string rest = words.Length > 1 ? words[1] : "";
        switch (words[0])
        {
            case "keys":
                foreach (char key in rest)
                {
                    if (key == ' ')
                    {
                        Wait(_meter.MultiTapMs + 100);
                        continue;
                    }

                    _meter.Loop.Inputs.Enqueue(InputKind.Key, char.ToUpperInvariant(key));
                    Wait(150);
                }

                break;
            case "coin":
                Wait(Math.Max(0, _meter.Acceptor.Insert(Cents(rest), _meter.Clock.MonotonicMs)));
                break;
            case "coins":
                // Several coins fed at once: the acceptor takes them one after another.
                long longest = 0;
                foreach (string coin in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    longest = Math.Max(longest, _meter.Acceptor.Insert(Cents(coin), _meter.Clock.MonotonicMs));
                }

                Wait(longest);
                break;
            case "pulses":
                Wait(_meter.Acceptor.Pulses(int.Parse(rest, NumberStyles.None, CultureInfo.InvariantCulture), _meter.Clock.MonotonicMs));
                break;
            case "wait":
                Wait(Duration(rest));
                break;
            case "sync":
                RequireConfigured("sync");
                Drain();
                break;
            case "network":
                _meter.Network.Down = rest == "down";
                break;
            case "faults":
                await SetFaultsAsync(rest);
                break;
            case "power-cut":
                _output.WriteLine("power cut: " + (_meter.PowerCut()?.ToString() ?? "out of service, nf.config has errors"));
                _meter.Step();
                break;
            case "clock":
                _meter.Clock.IsUtcTrusted = rest == "set";
                Wait(300);
                break;
            case "console":
                RequireConfigured("console");
                _lastConsole = _meter.Console.Execute(_session, rest, _meter.Clock.UtcMs);
                _output.Write("> " + rest + "\n" + _lastConsole);
                break;
            case "png":
                Snapshot(rest);
                break;
            case "expect":
                await ExpectAsync(rest, number);
                break;
            default:
                throw new FormatException("unknown command " + words[0]);
        }
    }

    private readonly Meter.Core.Operator.ConsoleSession _session = new();

    private async Task ExpectAsync(string text, int number)
    {
        string[] words = text.Split(' ', 2, StringSplitOptions.TrimEntries);
        string rest = words.Length > 1 ? words[1] : "";
        bool ok;
        string actual;
        switch (words[0])
        {
            case "screen":
                actual = _meter.Loop.Flow.Screen.ToString().Replace('\n', '|');
                ok = actual.Contains(rest, StringComparison.Ordinal);
                break;
            case "coins":
                actual = _meter.Loop.Flow.CoinsEnabled ? "enabled" : "disabled";
                ok = actual == rest;
                break;
            case "returned":
                actual = _meter.Acceptor.Returned.ToString(CultureInfo.InvariantCulture);
                ok = actual == rest;
                break;
            case "queue":
                RequireConfigured("expect queue");
                actual = _meter.Journal.PendingCount.ToString(CultureInfo.InvariantCulture);
                ok = actual == rest;
                break;
            case "console":
                actual = _lastConsole;
                ok = actual.Contains(rest, StringComparison.Ordinal);
                break;
            case "audit":
                RequireConfigured("expect audit");
                actual = _meter.Console.Execute(new Meter.Core.Operator.ConsoleSession(), "audit", _meter.Clock.UtcMs);
                ok = actual.Contains(rest, StringComparison.Ordinal);
                break;
            case "emulator":
                (ok, actual) = await EmulatorAsync(rest);
                break;
            default:
                throw new FormatException("unknown expectation " + words[0]);
        }

        _output.WriteLine((ok ? "ok   " : "FAIL ") + $"line {number}: expect {text}" + (ok ? "" : $"\n     actual: {actual}"));
        _failures += ok ? 0 : 1;
    }

    private async Task SetFaultsAsync(string spec)
    {
        string url = _meter.EmulatorUrl ?? throw new FormatException("faults: needs the in-process emulator (no --opscom)");
        using var answer = await _admin.PutAsync(url + "/admin/faults", new StringContent(spec));
        if (!answer.IsSuccessStatusCode)
        {
            throw new FormatException("faults: " + await answer.Content.ReadAsStringAsync());
        }
    }

    private async Task<(bool, string)> EmulatorAsync(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3)
        {
            throw new FormatException("expect emulator count|end|updates PLATE VALUE");
        }

        RequireConfigured("expect emulator");
        string url = _meter.EmulatorUrl ?? throw new FormatException("emulator expectations need the in-process emulator");
        var permits = (await _admin.GetFromJsonAsync<JsonElement>(url + "/admin/permits?client=" + Uri.EscapeDataString(_meter.Config.OpsCom.Client)))
            .EnumerateArray().Where(p => p.GetProperty("plate").GetString() == words[1] && !p.GetProperty("voided").GetBoolean()).ToList();
        switch (words[0])
        {
            case "count":
                return (permits.Count.ToString(CultureInfo.InvariantCulture) == words[2], permits.Count + " permits");
            case "end":
                string end = permits.Count == 0 ? "none" : LocalClock(permits[0].GetProperty("endTime").GetString()!);
                return (end == words[2], end);
            case "updates":
                int updates = permits.Count == 0 ? 0 : permits[0].GetProperty("changes").EnumerateArray().Count(c => c.GetProperty("kind").GetString() == "update");
                return (updates.ToString(CultureInfo.InvariantCulture) == words[2], updates + " updates");
            default:
                throw new FormatException("expect emulator count|end|updates");
        }
    }

    // OPSCOM times are UTC (or local, per [opscom] times); shown as the meter's local HH:MM.
    private string LocalClock(string opscomTime)
    {
        TimeText.TryParseDateTime(opscomTime, out long ms);
        long local = _meter.Config.OpsCom.SendTimesAsUtc ? _meter.Config.Tariff.Zone.ToLocal(ms) : ms;
        return TimeText.FormatClock((int)(Meter.Core.Time.Calendar.TimeOfDayMs(local) / Meter.Core.Time.Calendar.MsPerMinute));
    }

    /// <summary>Lets time pass in quarter seconds: the UI ticks, and the sync worker runs each second.</summary>
    private void Wait(long ms)
    {
        for (long passed = 0; passed < ms;)
        {
            // Fine steps while coin pulses are on the line, as the device's loop runs every few ms.
            long step = Math.Min(_meter.Acceptor.Busy ? 10 : 250, ms - passed);
            passed += step;
            _meter.Clock.Advance(step);
            _meter.Step();
            if ((_meter.Clock.MonotonicMs / 250) % 4 == 0)
            {
                _meter.SyncStep();
            }
        }

        if (_meter.Options.PngFolder != null)
        {
            Snapshot(null);
        }
    }

    private void Drain()
    {
        for (int i = 0; i < 200 && _meter.Journal.HasDue(_meter.Clock.MonotonicMs) && !_meter.Network.Down; i++)
        {
            int wait = _meter.SyncStep();
            if (wait > 0)
            {
                Wait(wait);
            }
        }
    }

    private int _snapshots;
    private string _lastSnapshot = "";

    private void Snapshot(string? name)
    {
        if (_meter.Options.PngFolder == null)
        {
            return;
        }

        string text = _meter.Loop.Flow.Screen.ToString();
        if (name == null && text == _lastSnapshot)
        {
            return;
        }

        _lastSnapshot = text;
        Directory.CreateDirectory(_meter.Options.PngFolder);
        string file = Path.Combine(_meter.Options.PngFolder, (name ?? $"screen-{++_snapshots:D3}") + ".png");
        PngWriter.Write(file, _meter.Display.Pixel, Meter.Core.Display.Frame.Width, Meter.Core.Display.Frame.Height, 4);
    }

    // A meter whose nf.config did not read runs no journal, worker, console or emulator to ask.
    private void RequireConfigured(string command)
    {
        if (!_meter.IsConfigured)
        {
            throw new FormatException(command + " needs a meter whose nf.config reads; this one is out of service");
        }
    }

    private long Cents(string amount) =>
        Meter.Core.Money.Cents.TryParse(amount, out long cents) ? cents : throw new FormatException("coin wants an amount like 0.25");

    private static long Duration(string text)
    {
        (string digits, long unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1L)
            : text.EndsWith('s') ? (text[..^1], 1000L) : text.EndsWith('m') ? (text[..^1], 60_000L)
            : text.EndsWith('h') ? (text[..^1], 3_600_000L) : throw new FormatException("wait wants 500ms, 5s, 2m or 1h");
        return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * unit;
    }
}
