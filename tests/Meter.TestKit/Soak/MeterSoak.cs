using System;
using System.Collections.Generic;
using System.Linq;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sale;
using Meter.Core.Sync;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Meter.TestKit.OpsCom;
using Meter.Core.Diagnostics;

namespace Meter.TestKit.Soak;

/// <summary>
/// A seeded random soak of one meter: motorists buying and adding time, the sync worker against an unreliable
/// OPSCOM (5xx, lost requests and answers, 9022 after a lost answer), operator voids and collections, maintenance
/// mode, SNTP stepping the clock either way, power cuts at random flash operations in the three cut modes, reboots.
/// After every step <see cref="SoakOracle"/> records what the journal and the audit hold; at the end the network
/// heals, the journal drains, and the oracle checks what OPSCOM and the cash audit must finally hold.
/// </summary>
public sealed class MeterSoak
{
    // Monday 6 July 2026, 10:00 in the meter's zone (EDT).
    private const long StartUtcMs = 1_783_346_400_000;
    private const string PlateKeys = "23456789";
    private const int TrailLength = 40;

    private readonly MeterConfig _config;
    private readonly int _seed;
    private readonly Random _random;
    private readonly SimulatedLittleFs _fs;
    private readonly FakeFram? _fram;
    private readonly FakeClock _clock = new(StartUtcMs, trusted: true);
    private readonly FakeUnreliableNetwork _network;
    private readonly SoakOracle _oracle = new();
    private readonly Queue<string> _trail = new();
    private PermitJournal _journal = null!;
    private UiStep _loop = null!;
    private SyncWorker _worker = null!;
    private OperatorConsole _console = null!;
    private MeterLog _log = null!;

    /// <summary>
    /// A soak of a meter configured as <paramref name="config"/> says, every choice drawn from <paramref name="seed"/>; with
    /// <paramref name="fram"/>, the device's journal (ring and audit in FRAM, power cuts at FRAM bytes too).
    /// </summary>
    public MeterSoak(MeterConfig config, int seed, bool fram = false)
    {
        _config = config;
        _seed = seed;
        _random = new Random(seed);
        _fs = SimulatedLittleFs.Partition(seed);
        _fram = fram ? new FakeFram(sameSupply: _fs) : null;
        _network = new FakeUnreliableNetwork(new FakeOpsCom(), new Random(seed * 7919));
    }

    /// <summary>Power cuts so far.</summary>
    public int PowerCuts { get; private set; }

    /// <summary>What the oracle saw: the soak's own proof that it did what it says.</summary>
    public SoakOracle Oracle => _oracle;

    /// <summary>Runs <paramref name="steps"/> random steps, drains, and returns what the oracle found wrong (empty: nothing).</summary>
    public IReadOnlyList<string> Run(int steps)
    {
        Boot();
        for (int step = 0; step < steps; step++)
        {
            try
            {
                Act(step);
            }
            catch (Exception error) when (_fs.IsPoweredOff)
            {
                Trail("  (the power went: " + error.GetType().Name + ")");
            }
            catch (Exception error)
            {
                _oracle.Problem("step " + step + " threw " + error);
            }

            if (_fs.IsPoweredOff)
            {
                PowerCuts++;
                Boot();
            }

            _oracle.Observe(_journal, _loop.Audit);
            if (_oracle.Problems.Count > 0)
            {
                break;
            }
        }

        Drain();
        _oracle.Check(_journal, _loop.Audit, _network.OpsCom, _config.Meter.Id);
        return _oracle.Problems;
    }

    /// <summary>The seed, the oracle's tallies and the last steps, to repeat and read a failure.</summary>
    public string Describe() => "seed " + _seed + ": " + _oracle.Summary() + ", " + PowerCuts + " power cuts\nlast steps:\n" + string.Join("\n", _trail)
        + "\nlast flash operations:\n" + string.Join("\n", _fs.Trace.Skip(Math.Max(0, _fs.Trace.Count - 30)));

    private void Act(int step)
    {
        int roll = _random.Next(100);
        if (roll < 30)
        {
            Motorist();
        }
        else if (roll < 55)
        {
            Worker(1 + _random.Next(5));
        }
        else if (roll < 60)
        {
            var live = _journal.Snapshot();
            if (live.Length > 0)
            {
                ConsoleCommand("void " + live[_random.Next(live.Length)].PermitNo, true);
            }
        }
        else if (roll < 63)
        {
            ConsoleCommand("collect", true);
        }
        else if (roll < 66)
        {
            bool on = _random.Next(2) == 0;
            Trail("test mode " + (on ? "on" : "off"));
            _loop.RequestTestMode(on);
            _loop.Step();
        }
        else if (roll < 71)
        {
            // The wall clock is set wrong (up to two hours either way), or SNTP corrects it to the true time.
            long truth = StartUtcMs + _clock.MonotonicMs;
            long wrong = (_random.Next(2) == 0 ? -1 : 1) * (long)_random.Next(1, 7_200_000);
            long set = _random.Next(2) == 0 ? truth : truth + wrong;
            Trail("the clock is set " + (set - _clock.UtcMs) / 1000 + " s (" + (set == truth ? "SNTP: the true time" : "wrong") + ")");
            _clock.SetUtc(set);
        }
        else if (roll < 91)
        {
            long ms = 1000L * (1 + _random.Next(_random.Next(4) == 0 ? 7200 : 120));
            Trail("time passes " + ms / 1000 + " s");
            _clock.Advance(ms);
            _loop.Step();
        }
        else if (roll < 98)
        {
            CutPowerDuringSomething();
        }
        else
        {
            Trail("reboot");
            Boot();
        }
    }

    private void CutPowerDuringSomething()
    {
        int mode = _random.Next(3);
        _fs.TornWrites = mode == 1;
        _fs.EmptyFileOnCut = mode == 2;
        int at = _random.Next(6);
        if (_fram != null && _random.Next(2) == 0)
        {
            // A change or a coin writes 100-200 bytes of FRAM: anywhere in the next few.
            at = _random.Next(600);
            Trail("power cut armed at FRAM byte +" + at);
            _fram.CutPowerAtByte(at);
        }
        else
        {
            Trail("power cut armed at operation +" + at + (mode == 1 ? " (torn)" : mode == 2 ? " (empty file)" : ""));
            _fs.CutPowerAtOperation(at);
        }

        try
        {
            int what = _random.Next(5);
            if (what < 2)
            {
                Motorist();
            }
            else if (what < 4)
            {
                Worker(3);
            }
            else
            {
                ConsoleCommand("collect", true);
            }
        }
        finally
        {
            // Not reached: disarmed, so it does not strike at some later moment nobody chose.
            if (!_fs.IsPoweredOff)
            {
                Disarm();
            }
        }
    }

    private void Motorist()
    {
        ToIdle();
        if (_loop.Flow.Screen.Kind == ScreenKind.OutOfService)
        {
            Trail("motorist: out of service (" + _loop.Flow.Screen.ToString().Replace('\n', '|') + ")");
            return;
        }

        char key = PlateKeys[_random.Next(PlateKeys.Length)];
        // One motorist in five switches the language (B) while typing: the sale is the same in either.
        if (_random.Next(5) == 0)
        {
            Press('*', 'B', key, 'A', '#', '#');
        }
        else
        {
            Press('*', key, 'A', '#', '#');
        }

        ScreenKind kind = _loop.Flow.Screen.Kind;
        Trail("motorist: plate key " + key + " -> " + kind);
        if (kind != ScreenKind.Payment && kind != ScreenKind.AddTime)
        {
            Press('C');
            return;
        }

        int coins = 1 + _random.Next(4);
        for (int i = 0; i < coins && _loop.Flow.CoinsEnabled; i++)
        {
            long cents = _config.Coins.CentsAt(_random.Next(_config.Coins.Count));
            Trail("  coin " + cents);
            _oracle.CoinAccepted(cents);
            _clock.Advance(800);
            _loop.Inputs.Enqueue(InputKind.Coin, cents);
            _loop.Step();
            if (_fs.IsPoweredOff)
            {
                _oracle.CoinInFlight(cents);
                return;
            }

            if (!_loop.Flow.Paying)
            {
                // The maximum stay was reached: the credit was committed at once.
                Shown();
                return;
            }
        }

        int end = _random.Next(100);
        if (end < 70)
        {
            Press('#');
        }
        else if (end < 85)
        {
            Press('C');
        }
        else
        {
            Trail("  walks away");
            _clock.Advance(_config.Keypad.IdleTimeoutMs + 1000);
            _loop.Step();
        }

        Shown();
    }

    private void Shown()
    {
        Screen screen = _loop.Flow.Screen;
        Trail("  -> " + screen.ToString().Replace('\n', '|'));
        if (screen.Kind == ScreenKind.Paid && screen.Title == "PAID")
        {
            _oracle.ShownPaid(screen.ToString());
        }
    }

    private void ToIdle()
    {
        for (int i = 0; i < 3 && _loop.Flow.Screen.Kind != ScreenKind.Idle && _loop.Flow.Screen.Kind != ScreenKind.OutOfService; i++)
        {
            Press('C');
        }

        _clock.Advance(1000);
        _loop.Step();
    }

    private void Press(params char[] keys)
    {
        foreach (char key in keys)
        {
            _clock.Advance(300);
            _loop.Inputs.Enqueue(InputKind.Key, key);
            _loop.Step();
        }
    }

    private void Worker(int cycles)
    {
        Trail("worker: " + cycles + " cycles");
        for (int i = 0; i < cycles && !_fs.IsPoweredOff; i++)
        {
            int wait = _worker.Cycle();
            // After every cycle: a push acknowledged in one cycle may be pruned in the next.
            _oracle.Observe(_journal, _loop.Audit);
            _clock.Advance(Math.Max(wait, 200));
            _loop.Step();
        }
    }

    private void ConsoleCommand(string command, bool withPin)
    {
        var session = new ConsoleSession();
        string answer = _console.Execute(session, command, _clock.UtcMs);
        if (withPin && session.AwaitingPin)
        {
            answer = _console.Execute(session, _config.Secrets.TechnicianPin, _clock.UtcMs);
        }

        Trail("console: " + command + " -> " + answer.Trim().Replace('\n', '|'));
        _loop.Step();
    }

    // A cut armed but not reached is disarmed, so it does not strike at some later moment nobody chose.
    private void Disarm()
    {
        _fs.CutPowerAtOperation(long.MaxValue / 2);
        _fram?.CutPowerAtByte(long.MaxValue / 2);
    }

    // A boot as the device does it, again if the power goes while booting.
    private void Boot()
    {
        for (int attempt = 0; ; attempt++)
        {
            _fs.Remount();
            _fram?.Remount();
            try
            {
                // A small ring (8 files, folding at 6) so that folds, and the UI's changes between their steps, are frequent.
                _journal = _fram == null ? new PermitJournal(_fs, _config.Journal.WithRingFiles(8), _config.Meter.Id)
                    : new PermitJournal(new FramJournalStore(_fs, _fram), _config.Journal.WithFram().WithRingFiles(8), _config.Meter.Id);
                _journal.Mount();
                _log = new MeterLog(64);
                _loop = new UiStep(_config, _journal, _clock, new NoDisplay(), _log);
                _loop.Step();
                var requests = new OpsComRequests(_config.OpsCom, _config.Secrets.ApiToken, _config.Tariff.Zone);
                var engine = new SyncEngine(_journal, _network, requests, _config.Sync, new Random(_random.Next()));
                _worker = new SyncWorker(_journal, engine, _clock, _log, _config.Sync, new Random(_random.Next()));
                _console = new OperatorConsole(_journal, engine.Status, _config, _loop, new OpsComQueries(_network, requests, 1000, 4096), _log, _clock);
            }
            catch (Exception) when (_fs.IsPoweredOff && attempt < 5)
            {
                continue;
            }

            if (!_fs.IsPoweredOff)
            {
                Trail("  booted: " + _log.Text().Trim().Replace('\n', '|'));
                return;
            }
        }
    }

    // The network heals and the worker runs until nothing is left to send (bounded: a day of cycles).
    private void Drain()
    {
        Trail("drain");
        _network.Healthy = true;
        Disarm();
        ToIdle();
        for (int cycle = 0; cycle < 50_000 && (_journal.PendingCount > 0 || cycle < 10); cycle++)
        {
            int wait = _worker.Cycle();
            _clock.Advance(Math.Max(wait, 100));
            _oracle.Observe(_journal, _loop.Audit);
            if (_oracle.Problems.Count > 0)
            {
                break;
            }
        }
    }

    private void Trail(string what)
    {
        _trail.Enqueue(what);
        if (_trail.Count > TrailLength)
        {
            _trail.Dequeue();
        }
    }

    private sealed class NoDisplay : IDisplay
    {
        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
        }
    }
}
