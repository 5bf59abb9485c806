using Meter.Core;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sale;
using Meter.Core.Sync;
using Meter.Core.Tariffs;
using Meter.Host.Storage;
using Meter.Core.Diagnostics;

namespace FleetSim;

/// <summary>
/// One meter of the fleet: the real core (journal on its own simulated littlefs partition, the UI loop
/// with its sale flow, the sync worker, the operator console) with the fleet's clock and network. A
/// motorist's visit presses the keys and feeds the coins a person would; a power cut throws away all
/// it held in RAM and boots again from its flash.
/// </summary>
public sealed class FleetMeter
{
    private const int KeyMs = 400;
    private const int CoinMs = 1500;
    private readonly MeterConfig _config;
    private readonly string _token;
    private readonly TariffCalculator _tariff;
    private readonly Random _random;
    private readonly ConsoleSession _session = new();

    public FleetMeter(int index, MeterConfig config, MeterClock clock, FleetNetwork network, string token, Random random)
    {
        Index = index;
        Id = "F" + index.ToString("D3");
        _config = config;
        _token = token;
        Clock = clock;
        Network = network;
        _random = random;
        _tariff = new TariffCalculator(config.Tariff);
        Boot();
    }

    /// <summary>The meter's number in the fleet.</summary>
    public int Index { get; }

    /// <summary>Its [meter] id: permit numbers are ID-SEQ.</summary>
    public string Id { get; }

    public MeterClock Clock { get; }

    public FleetNetwork Network { get; }

    /// <summary>Its flash, kept across power cuts.</summary>
    public SimulatedLittleFs Flash { get; } = SimulatedLittleFs.Partition();

    /// <summary>Its FRAM (the journal's ring and the cash audit), kept across power cuts.</summary>
    private readonly MemoryFram _fram = new();

    public PermitJournal Journal { get; private set; } = null!;

    public UiStep Loop { get; private set; } = null!;

    public SyncWorker Worker { get; private set; } = null!;

    public OperatorConsole Console { get; private set; } = null!;

    /// <summary>False while the power is off.</summary>
    public bool Powered { get; private set; } = true;

    /// <summary>Boots done after a power cut.</summary>
    public int Reboots { get; private set; }

    /// <summary>The power goes: nothing in RAM survives.</summary>
    public void PowerCut()
    {
        Powered = false;
    }

    /// <summary>The power comes back: mount from flash, new UI loop and worker; the clock waits for SNTP.</summary>
    public void PowerOn()
    {
        Powered = true;
        Reboots++;
        Clock.IsUtcTrusted = false;
        Boot();
    }

    /// <summary>A motorist buys <paramref name="stayMinutes"/> for <paramref name="plate"/>; returns the permit, or null when the meter sold nothing.</summary>
    public PermitRecord? Sell(string plate, int stayMinutes)
    {
        if (!StartPayment(plate))
        {
            return null;
        }

        long wanted = Clock.Now + stayMinutes * 60_000L;
        long cost = Math.Max(_config.Tariff.MinimumPurchaseCents, _tariff.QuoteForEnd(Clock.Now, wanted).ChargedCents);
        return Pay(plate, cost);
    }

    /// <summary>The motorist of a running permit comes back and feeds one or two dollars more.</summary>
    public PermitRecord? AddTime(string plate)
    {
        return Loop.ActiveFor(plate, Clock.Now) != null && StartPayment(plate) ? Pay(plate, 100 * (1 + _random.Next(2))) : null;
    }

    /// <summary>An operator voids a permit on the console, with the technician PIN; returns the console's answer.</summary>
    public string Void(string permitNo)
    {
        string asked = Console.Execute(_session, "void " + permitNo, Clock.Now);
        return _session.AwaitingPin ? Console.Execute(_session, _config.Secrets.TechnicianPin, Clock.Now) : asked;
    }

    /// <summary>One cycle of the sync worker at the meter's clock; returns how long it may wait, ms.</summary>
    public int WorkerCycle() => Worker.Cycle();

    private void Boot()
    {
        var meter = new MeterAssembly(_config, Id, _config.OpsCom, _token, Flash, _fram, Network, Clock, new NoDisplay(), new MeterLog(16), new Random(_random.Next()));
        Journal = meter.Journal;
        Loop = meter.Loop;
        Loop.Step();
        Worker = meter.Worker;
        Console = meter.Console;
    }

    // Wakes the meter, types the plate, ends it and confirms it on the large screen: true when coins may go in.
    private bool StartPayment(string plate)
    {
        Press('*');
        foreach (char key in KeyPresses.For(plate))
        {
            Press(key);
        }

        Press('#');
        Press('#');
        if (Loop.Flow.CoinsEnabled)
        {
            return true;
        }

        Press('C');
        return false;
    }

    // Coins, largest first, until the credit covers the cost or the meter takes no more; then '#' commits.
    private PermitRecord? Pay(string plate, long costCents)
    {
        long credit = 0;
        while (credit < costCents && Loop.Flow.CoinsEnabled)
        {
            long coin = LargestCoinAtMost(costCents - credit);
            Loop.Inputs.Enqueue(InputKind.Coin, coin);
            Advance(CoinMs);
            credit += coin;
        }

        Press('#');
        Advance(SaleFlow.PaidShowMs + 1000);
        return credit == 0 ? null : Loop.ActiveFor(plate, Clock.Now);
    }

    private long LargestCoinAtMost(long cents)
    {
        var coins = _config.Coins;
        long best = coins.SmallestCoinCents;
        for (int i = 0; i < coins.Count; i++)
        {
            best = coins.CentsAt(i) <= cents && coins.CentsAt(i) > best ? coins.CentsAt(i) : best;
        }

        return best;
    }

    private void Press(char key)
    {
        Loop.Inputs.Enqueue(InputKind.Key, key);
        Advance(KeyMs);
    }

    private void Advance(int ms)
    {
        Clock.Now += ms;
        Loop.Step();
    }

    private sealed class NoDisplay : IDisplay
    {
        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
        }
    }
}
