using Meter.TestKit.Fakes;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Supervision;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Sale;

public class UiThreadTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly MeterLog _log = new(8);
    private readonly UiStep _loop;

    public UiThreadTests()
    {
        var config = SaleFlowTests.Config();
        var journal = new PermitJournal(new SimulatedLittleFs(), config.Journal, config.Meter.Id);
        journal.Mount();
        _loop = new UiStep(config, journal, _clock, new NullDisplay(), _log);
    }

    [Fact]
    public void Pass_PeripheralsThrow_IsCountedLoggedAndTheLoopGoesOn()
    {
        var peripherals = new ScriptedPeripherals { ThrowOnce = true };
        var ui = new UiThread(_loop, peripherals, _clock, _log, new LoopWatch("ui loop", 1000));

        ui.Pass();
        ui.Pass();

        Assert.Equal(1, ui.Exceptions);
        Assert.Contains("ui loop: coin line gone", _log.Text());
        Assert.Equal(2, peripherals.Calls);
        Assert.Equal(2, ui.Watch.Passes);
    }

    [Fact]
    public void Pass_PeripheralsSeeTheLoopBeforeItSteps()
    {
        var peripherals = new ScriptedPeripherals();
        var ui = new UiThread(_loop, peripherals, _clock, _log, new LoopWatch("ui loop", 1000));

        ui.Pass();

        Assert.Same(_loop, peripherals.Seen);
        Assert.False(peripherals.CoinsEnabledSeen);
    }

    [Fact]
    public void HardwareFault_StopsSales_WithItsReasonOnScreen()
    {
        _loop.HardwareFault = "DISPLAY FAULT";
        _clock.Advance(1000);
        _loop.Step();

        Assert.False(_loop.CanSell(out string reason));
        Assert.Equal("DISPLAY FAULT", reason);
        Assert.Contains("DISPLAY FAULT", _loop.Flow.Screen.Line1 + _loop.Flow.Screen.Line2 + _loop.Flow.Screen.Line3);

        _loop.HardwareFault = null;
        _clock.Advance(1000);
        _loop.Step();
        Assert.True(_loop.CanSell(out _));
    }

    [Fact]
    public void ResendDisplay_SameScreen_SendsTheWholeFrameAgain()
    {
        _loop.Step();
        _loop.Step();
        Assert.Equal(0, _loop.LastBytesSent);

        _loop.ResendDisplay();
        _loop.Step();

        Assert.Equal(Meter.Core.Display.Frame.Width * Meter.Core.Display.Frame.Pages, _loop.LastBytesSent);
    }

    private sealed class ScriptedPeripherals : IUiPeripherals
    {
        public bool ThrowOnce { get; set; }

        public int Calls { get; private set; }

        public UiStep? Seen { get; private set; }

        public bool CoinsEnabledSeen { get; private set; }

        public void BeforeStep(UiStep loop, long nowMs)
        {
            Calls++;
            Seen = loop;
            CoinsEnabledSeen = loop.Flow.CoinsEnabled;
            if (ThrowOnce)
            {
                ThrowOnce = false;
                throw new System.InvalidOperationException("coin line gone");
            }
        }
    }

    private sealed class NullDisplay : Meter.Core.Display.IDisplay
    {
        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
        }
    }
}
