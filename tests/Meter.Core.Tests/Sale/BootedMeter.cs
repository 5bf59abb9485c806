using Meter.Core;
using Meter.TestKit.Fakes;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Storage;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Sale;

/// <summary>A meter's UI loop booted on a simulated littlefs, driven key by key and coin by coin on a fake clock.</summary>
internal sealed class BootedMeter
{
    internal static readonly MeterConfig Config = SaleFlowTests.Config();

    private BootedMeter(SimulatedLittleFs fs, FakeClock clock, IFileStore? through, IDisplay? display, MeterConfig? config, IFram? fram)
    {
        Fs = fs;
        Clock = clock;
        config ??= Config;
        Journal = MeterAssembly.OpenJournal(through ?? fs, fram, config.Journal, config.Meter.Id);
        Journal.Mount();
        Log = new MeterLog(32);
        Loop = new UiStep(config, Journal, clock, display ?? new NullDisplay(), Log);
        Loop.Step();
    }

    public SimulatedLittleFs Fs { get; }

    public FakeClock Clock { get; }

    public PermitJournal Journal { get; }

    public MeterLog Log { get; }

    public UiStep Loop { get; }

    /// <summary>
    /// Boots (or reboots, after a power cut) a meter on <paramref name="fs"/>, reached <paramref name="through"/> another store if
    /// given, with its ring and audit in <paramref name="fram"/> when given (as the device keeps them).
    /// </summary>
    public static BootedMeter Boot(SimulatedLittleFs fs, FakeClock clock, IFileStore? through = null, IDisplay? display = null, MeterConfig? config = null, IFram? fram = null) =>
        new(fs, clock, through, display, config, fram);

    /// <summary>The committed nf.config with one setting's text replaced; fails when the text is not there (a test must not edit nothing).</summary>
    public static MeterConfig ConfigWith(string setting, string replacement) => ConfigWith((setting, replacement));

    /// <summary>The committed nf.config with settings' texts replaced; fails when one is not there.</summary>
    public static MeterConfig ConfigWith(params (string Setting, string Replacement)[] edits)
    {
        string folder = System.IO.Path.Combine(System.AppContext.BaseDirectory, "Config", "Fixtures");
        string text = System.IO.File.ReadAllText(System.IO.Path.Combine(folder, "nf.config"));
        foreach (var (setting, replacement) in edits)
        {
            Xunit.Assert.Contains(setting, text);
            text = text.Replace(setting, replacement);
        }

        var errors = new ConfigErrors();
        var config = MeterConfigReader.Read(text, System.IO.File.ReadAllText(System.IO.Path.Combine(folder, "secrets.example.config")), errors);
        Xunit.Assert.True(config != null, errors.ToString());
        return config!;
    }

    /// <summary>The open period's totals, and the credit of the sale being paid.</summary>
    public AuditTotals Audit(out long inSaleCents) => Loop.Audit.Current(out inSaleCents);

    public AuditTotals Audit() => Loop.Audit.Current(out _);

    /// <summary>Wakes the meter, keys in a one-letter plate by multi-tap ('2' gives "A", '3' gives "D") and confirms it.</summary>
    public void TypePlate(char key = '2') => Press(SaleFlowTests.WakeKey, key, 'A', '#', '#');

    public void Coin(long cents) => Input(InputKind.Coin, cents, 500);

    public void Input(InputKind kind, long value, int afterMs = 100)
    {
        Clock.Advance(afterMs);
        Loop.Inputs.Enqueue(kind, value);
        Loop.Step();
    }

    public void Press(params char[] keys)
    {
        foreach (char key in keys)
        {
            Input(InputKind.Key, key);
        }
    }

    /// <summary>Runs the UI loop after <paramref name="ms"/> without input (timeouts).</summary>
    public void Idle(long ms)
    {
        Clock.Advance(ms);
        Loop.Step();
    }

    private sealed class NullDisplay : IDisplay
    {
        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
        }
    }
}
