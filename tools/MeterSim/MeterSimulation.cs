using Meter.Core;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sale;
using Meter.Core.Supervision;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Host.Net;
using Meter.Host.Storage;
using OpsComEmulator;
using Meter.Core.Diagnostics;

namespace MeterSim;

/// <summary>
/// The simulator's composition root: the same core as the device, with host adapters (a folder for the
/// journal, System.Net.Http, a terminal or PNG for the OLED) and the OPSCOM emulator in-process.
/// A power cut throws away everything in memory and builds the meter again from what is on "flash".
/// </summary>
public sealed class MeterSimulation : IAsyncDisposable, IUiPeripherals
{
    private readonly SystemNetHttpPort _http = new();
    private FileStream? _dataLock;
    private RunningEmulator? _emulator;
    private PoweredFileStore? _flash;
    private string _firstConfigError = "";

    private MeterSimulation(MeterConfig? config, SimOptions options, SimClock clock)
    {
        Config = config!;
        Options = options;
        Clock = clock;
        Network = new NetworkSwitch(_http);
        Display = new SimDisplay();
        Acceptor = new CoinAcceptor(() => Loop, config?.Coins ?? CoinTable.Empty());
    }

    /// <summary>
    /// The nf.config's errors, one a line, when it did not read; null when it did. Then, as on the device,
    /// the meter is out of service with the first error on screen: no journal, sync worker, console or
    /// emulator is started, and <see cref="Config"/>, <see cref="Journal"/>, <see cref="Worker"/> and
    /// <see cref="Console"/> are not set.
    /// </summary>
    public string? ConfigProblems { get; private set; }

    public bool IsConfigured => ConfigProblems == null;

    /// <summary>The multi-tap time, ms (the reader's default when nf.config did not read).</summary>
    public int MultiTapMs => IsConfigured ? Config.Keypad.MultiTapMs : 1000;

    /// <summary>The coin acceptor: coins go in here, never straight onto the pulse line.</summary>
    public CoinAcceptor Acceptor { get; }

    public MeterConfig Config { get; private set; }

    public SimOptions Options { get; }

    public SimClock Clock { get; }

    public NetworkSwitch Network { get; }

    public SimDisplay Display { get; }

    public MeterLog Log { get; } = new(64);

    public PermitJournal Journal { get; private set; } = null!;

    public UiStep Loop { get; private set; } = null!;

    public SyncWorker Worker { get; private set; } = null!;

    public OperatorConsole Console { get; private set; } = null!;

    /// <summary>What answers console lines: the operator console, or the configuration's errors on a meter that did not configure.</summary>
    public IConsoleCommands Commands => IsConfigured ? Console : new ConfigErrorConsole(ConfigProblems!);

    /// <summary>The UI thread's body (the core's, as on the device), rebuilt at each boot.</summary>
    public UiThread Ui { get; private set; } = null!;

    /// <summary>Tells whether a sync cycle is stuck (the device reboots on it; the simulator only shows it).</summary>
    public LoopWatch WorkerWatch { get; } = new("sync worker", StallMs);

    /// <summary>How long one pass of a loop may take before it counts as stuck, ms (as on the device).</summary>
    public const int StallMs = 120000;

    /// <summary>Where the emulator listens (null with a real OPSCOM).</summary>
    public string? EmulatorUrl => _emulator?.BaseUrl;

    /// <summary>
    /// Reads the configuration and starts the meter: out of service when the configuration has errors
    /// (see <see cref="ConfigProblems"/>); throws ArgumentException for a bad option.
    /// </summary>
    public static async Task<MeterSimulation> StartAsync(SimOptions options, bool manualClock, string emulatorFaults = "")
    {
        string configPath = options.ConfigPath();
        var errors = new ConfigErrors();
        var config = MeterConfigReader.Read(File.ReadAllText(configPath), File.ReadAllText(options.SecretsPath(configPath)), errors);
        if (config == null)
        {
            // No zone to read --time in: the meter's clock starts now.
            var closed = new MeterSimulation(null, options, new SimClock(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), manualClock));
            closed.ConfigProblems = configPath + " has errors:\n" + errors;
            closed._firstConfigError = errors[0].Brief();
            closed._dataLock = LockData(options.Data);
            closed.Boot();
            return closed;
        }

        var clock = new SimClock(StartUtc(options.StartLocal, config.Tariff), manualClock);
        var simulation = new MeterSimulation(config, options, clock);
        simulation._dataLock = LockData(options.Data);
        if (options.OpsCom == null)
        {
            var emulatorOptions = new EmulatorOptions
            {
                Urls = "http://127.0.0.1:0",
                Database = options.EmulatorDatabasePath,
                Faults = emulatorFaults,
                UtcNow = () => DateTime.UnixEpoch.AddMilliseconds(clock.UtcMs),
            };
            emulatorOptions.Tokens.Add((config.OpsCom.Client, config.Secrets.ApiToken, "*"));
            simulation._emulator = await EmulatorServer.StartAsync(emulatorOptions);
            // The sample plates answer plate validation only (no permits): "already covered" can be tried at once.
            OpsComEmulator.Storage.Schema.AddSamplePlates(simulation._emulator.Database);
        }

        simulation.Boot();
        return simulation;
    }

    /// <summary>Power comes on: mount the journal from the folder and the FRAM image, build the UI loop, the sync worker and the console.</summary>
    public RecoveryReport? Boot()
    {
        if (!IsConfigured)
        {
            Loop = UiStep.InvalidConfiguration(_firstConfigError, Clock, Display, Log);
            Ui = new UiThread(Loop, this, Clock, Log, new LoopWatch("ui loop", StallMs));
            Log.Add(Clock.UtcMs, "boot: out of service, " + ConfigProblems);
            return null;
        }

        // As on the device: the ring and the cash audit in FRAM (an image file beside the journal's folder), batches in
        // "flash"; one power switch for both.
        _flash = new PoweredFileStore(new FolderFileStore(Path.Combine(Options.Data, "journal")));
        var fram = new PoweredFram(new FileFram(Path.Combine(Options.Data, "fram.bin")), _flash);
        string baseUrl = _emulator?.BaseUrl ?? Options.OpsCom!;
        var settings = new OpsComSettings(baseUrl, Config.OpsCom.Client, _emulator?.BaseUrl ?? Config.OpsCom.ValidateUrl, Config.OpsCom.SendTimesAsUtc, Config.OpsCom.RootCaPath);
        var meter = new MeterAssembly(Config, Config.Meter.Id, settings, Config.Secrets.ApiToken, _flash, fram, Network, Clock, Display, Log, new Random());
        var report = meter.Recovery;
        Log.Add(Clock.UtcMs, "boot: " + report);
        Journal = meter.Journal;
        Loop = meter.Loop;
        Ui = new UiThread(Loop, this, Clock, Log, new LoopWatch("ui loop", StallMs));
        Worker = meter.Worker;
        Console = meter.Console;
        return report;
    }

    /// <summary>
    /// The power goes: whatever was in memory is gone, and the old meter's threads can no longer touch
    /// flash; the clock is unknown until SNTP sets it again.
    /// </summary>
    public RecoveryReport? PowerCut()
    {
        _flash?.CutPower();
        Clock.IsUtcTrusted = false;
        _sntpDueMs = Clock.MonotonicMs + SntpDelayMs;
        return Boot();
    }

    /// <summary>How long SNTP takes to set the clock once a server can be reached, ms.</summary>
    public const int SntpDelayMs = 3000;

    private long _sntpDueMs;

    /// <summary>One pass of the UI loop, the coin acceptor's due pulses first (scripts step by hand; threads use <see cref="Ui"/>).</summary>
    public bool Step()
    {
        BeforeStep(Loop, Clock.MonotonicMs);
        return Loop.Step();
    }

    /// <summary>The simulated hardware's turn on the UI thread: SNTP, and the acceptor's due pulses.</summary>
    public void BeforeStep(UiStep loop, long nowMs)
    {
        Sntp();
        Acceptor.Feed(nowMs);
    }

    // Like the ESP32 after a power cut, the clock is unknown until SNTP reaches a server: never while the
    // network is down, a few seconds after it is up.
    private void Sntp()
    {
        if (Clock.IsUtcTrusted)
        {
            return;
        }

        long now = Clock.MonotonicMs;
        if (Network.Down)
        {
            _sntpDueMs = now + SntpDelayMs;
        }
        else if (now >= _sntpDueMs)
        {
            Clock.IsUtcTrusted = true;
            Log.Add(Clock.UtcMs, "clock set by SNTP");
        }
    }

    /// <summary>One cycle of the sync worker (scripts run it by hand); returns how long the worker may sleep.</summary>
    public int SyncStep() => IsConfigured ? Worker.Cycle() : 1000;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _dataLock?.Dispose();
        if (_emulator != null)
        {
            await _emulator.DisposeAsync();
        }
    }

    // One meter per folder, as one meter has one flash: a second simulator on the same --data would write
    // into the first one's journal.
    private static FileStream LockData(string data)
    {
        Directory.CreateDirectory(data);
        try
        {
            return new FileStream(Path.Combine(data, ".in-use"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ArgumentException("--data: " + data + " is in use by another simulator; give another folder with --data");
        }
    }

    // By default the meter's clock starts now, or, when parking is free now, half an hour into the next
    // enforcement window, so that a first try has something to pay for. "--time now" keeps the real time.
    private static long StartUtc(string? local, Meter.Core.Tariffs.Tariff tariff)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (local == "now")
        {
            return now;
        }

        if (local == null)
        {
            var calculator = new Meter.Core.Tariffs.TariffCalculator(tariff);
            for (long t = now; t < now + 8 * Calendar.MsPerDay; t += 15 * Calendar.MsPerMinute)
            {
                long zoneLocal = tariff.Zone.ToLocal(t);
                if (tariff.IsEnforced(Calendar.DayOf(zoneLocal), Calendar.TimeOfDayMs(zoneLocal)) && calculator.QuoteForCredit(t, 0).Status != Meter.Core.Tariffs.QuoteStatus.NotEnforced)
                {
                    return t == now ? now : t + 30 * Calendar.MsPerMinute;
                }
            }

            return now;
        }

        string text = local.Length == 16 ? local + ":00" : local;
        return TimeText.TryParseDateTime(text, out long localMs) ? tariff.Zone.ToUtc(localMs) : throw new ArgumentException("--time wants yyyy-MM-ddTHH:mm or now, got " + local);
    }
}
