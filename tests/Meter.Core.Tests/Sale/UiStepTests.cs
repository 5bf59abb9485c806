using Meter.TestKit.Fakes;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Sale;

public class UiStepTests
{
    private readonly SimulatedLittleFs _fs = new();
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly RecordingDisplay _display = new();
    private readonly UiStep _loop;
    private readonly PermitJournal _journal;

    public UiStepTests()
    {
        var config = SaleFlowTests.Config();
        _journal = new PermitJournal(_fs, config.Journal, config.Meter.Id);
        _journal.Mount();
        _loop = new UiStep(config, _journal, _clock, _display, new MeterLog(8));
        _loop.Step();
    }

    [Fact]
    public void Sale_IsInTheJournalBeforePaidIsShown()
    {
        Press(SaleFlowTests.WakeKey, '2', '#', '#');
        _loop.Inputs.Enqueue(InputKind.Coin, 200);
        Press('#');

        Assert.Equal(ScreenKind.Paid, _loop.Flow.Screen.Kind);
        Assert.Equal(1, new PermitJournal(_fs, SaleFlowTests.Config().Journal, "L4-0001").Mount().Records);
    }

    [Fact]
    public void FlashFailingAtTheCommit_ShowsNotRecorded_NeverPaid()
    {
        Press(SaleFlowTests.WakeKey, '2', '#', '#');
        _loop.Inputs.Enqueue(InputKind.Coin, 200);
        _fs.CutPowerAtOperation(0);

        Press('#');

        Assert.Equal(ScreenKind.NotRecorded, _loop.Flow.Screen.Kind);
        Assert.Equal(200, _loop.NotRecordedCents);
    }

    [Fact]
    public void Keypress_SendsOnlyTheChangedSpans()
    {
        Press('7');
        long before = _display.Bytes;

        Press('7');

        Assert.InRange(_display.Bytes - before, 1, 256);
    }

    [Fact]
    public void RawKeypadContacts_AreDebouncedIntoOneKey()
    {
        Press(SaleFlowTests.WakeKey);
        long t = _clock.MonotonicMs;
        int two = Meter.Core.Input.KeypadDebouncer.Layout.IndexOf('2');
        _loop.Inputs.Enqueue(InputKind.KeyContact, two + 16, t);
        _loop.Inputs.Enqueue(InputKind.KeyContact, two, t + 2);
        _loop.Inputs.Enqueue(InputKind.KeyContact, two + 16, t + 4);

        _clock.Advance(100);
        _loop.Step();

        Assert.Equal(ScreenKind.Plate, _loop.Flow.Screen.Kind);
        Assert.Equal("A", _loop.Flow.Screen.Big);
    }

    [Fact]
    public void CoinPulseTrains_CreditTheirCoin_AndUnknownTrainsAreCounted()
    {
        Press(SaleFlowTests.WakeKey, '2', '#', '#');
        Pulses(5);
        Pulses(3);

        Assert.Contains("$0.25", _loop.Flow.Screen.ToString());
        Assert.Equal(1, _loop.UnknownCoins);
    }

    [Fact]
    public void InvalidConfiguration_ShowsTheFirstError_AndNoKeyOrPulseSellsAnything()
    {
        var display = new RecordingDisplay();
        var loop = UiStep.InvalidConfiguration("line 3: meter.zone: missing", _clock, display, new MeterLog(8));
        loop.Step();

        foreach (char key in "*2#")
        {
            _clock.Advance(100);
            loop.Inputs.Enqueue(InputKind.Key, key);
            loop.Step();
        }

        loop.Inputs.Enqueue(InputKind.CoinLevel, 30_000, _clock.MonotonicMs);
        loop.Inputs.Enqueue(InputKind.CoinCaptureEnd, 0, _clock.MonotonicMs);
        _clock.Advance(1000);
        loop.Step();

        Assert.Equal(ScreenKind.OutOfService, loop.Flow.Screen.Kind);
        Assert.Contains("INVALID CONFIG", loop.Flow.Screen.ToString());
        Assert.False(loop.Flow.CoinsEnabled);
        Assert.Null(loop.Flow.PendingCommit);
        Assert.True(display.Bytes > 0);
    }

    [Fact]
    public void CoinLineStuckActive_TakesTheMeterOutOfService()
    {
        _loop.Inputs.Enqueue(InputKind.CoinLevel, 104_000, _clock.MonotonicMs);
        _loop.Inputs.Enqueue(InputKind.CoinCaptureEnd, 1, _clock.MonotonicMs);
        _loop.Step();

        _clock.Advance(BootedMeter.Config.Coins.JamMs + 500);
        _loop.Step();
        _clock.Advance(300);
        _loop.Step();

        Assert.Contains("COIN JAM", _loop.Flow.Screen.ToString());
    }

    // A pulse train's capture, as the hardware hands it over once the line is quiet.
    private void Pulses(int count)
    {
        _clock.Advance(count * 60 + Meter.Core.Input.CoinCapture.IdleMs);
        for (int i = 0; i < count; i++)
        {
            _loop.Inputs.Enqueue(InputKind.CoinLevel, 30_000, _clock.MonotonicMs);
            if (i < count - 1)
            {
                _loop.Inputs.Enqueue(InputKind.CoinLevel, -30_000, _clock.MonotonicMs);
            }
        }

        _loop.Inputs.Enqueue(InputKind.CoinCaptureEnd, 0, _clock.MonotonicMs);
        _loop.Step();
    }

    private void Press(params char[] keys)
    {
        foreach (char key in keys)
        {
            _clock.Advance(100);
            _loop.Inputs.Enqueue(InputKind.Key, key);
            _loop.Step();
        }
    }

    [Fact]
    public void Commit_ShowsPleaseWait_BeforeTheJournalIsWritten()
    {
        var fs = new SimulatedLittleFs();
        var store = new ScriptedFileStore(fs);
        var display = new RecordingDisplay();
        var meter = BootedMeter.Boot(fs, _clock, store, display);
        meter.TypePlate();
        meter.Coin(100);
        bool shown = false;
        store.DuringReplaceOf(name => name.EndsWith(".jnl"), () =>
            shown = meter.Loop.Flow.Screen.Kind == ScreenKind.Wait && display.Shows(meter.Loop.Flow.Screen));

        meter.Press('#');

        Assert.True(shown, "the display did not show PLEASE WAIT while the sale was written");
        Assert.Equal(ScreenKind.Paid, meter.Loop.Flow.Screen.Kind);
        Assert.True(display.Shows(meter.Loop.Flow.Screen));
    }

    [Fact]
    public void DisplayThatThrows_TakesTheMeterOutOfService_AndTheLoopGoesOn_UntilItAnswersAgain()
    {
        var display = new FakeThrowingDisplay();
        var meter = BootedMeter.Boot(new SimulatedLittleFs(), _clock, display: display);
        display.Throws = true;

        meter.TypePlate();

        Assert.Equal(ScreenKind.OutOfService, meter.Loop.Flow.Screen.Kind);
        Assert.Contains("DISPLAY FAULT", meter.Loop.Flow.Screen.ToString());
        Assert.False(meter.Loop.Flow.CoinsEnabled);
        Assert.Contains("display: I2C bus error", meter.Log.Text());
        display.Throws = false;
        meter.Idle(UiStep.DisplayRetryMs);
        meter.Idle(1000);
        Assert.Equal(ScreenKind.Idle, meter.Loop.Flow.Screen.Kind);
        Assert.True(display.Bytes >= 8 * 128, "the whole frame goes again");
    }

    private sealed class FakeThrowingDisplay : IDisplay
    {
        public bool Throws { get; set; }

        public long Bytes { get; private set; }

        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
            if (Throws)
            {
                throw new System.InvalidOperationException("I2C bus error");
            }

            Bytes += count;
        }
    }
}
