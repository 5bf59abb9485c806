using Meter.TestKit.Fakes;
using System.Threading;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

/// <summary>The worker's fold and the UI's coins share the journal's lock: the UI waits behind one flash operation, and loses no edge.</summary>
public class FoldWhileCoinsTests
{
    [Fact]
    public void Fold_WhileA20PulseCoinArrives_CountsTheCoin_AndTheUiWaitsOneFlashOperationAtMost()
    {
        var clock = new FakeClock(Now, trusted: true);
        var fs = new SimulatedLittleFs();
        var store = new ScriptedFileStore(fs);
        var meter = BootedMeter.Boot(fs, clock, store);
        for (int i = 1; i <= BootedMeter.Config.Journal.FoldThreshold + 2; i++)
        {
            meter.Journal.CommitSale("P" + i, "Lot 4", "CAD", Now, Now, Now + 3_600_000, 100, 0);
        }

        meter.TypePlate();
        var coins = BootedMeter.Config.Coins;
        Thread? ui = null;
        bool uiWaitedForTheWrite = false;
        store.DuringWriteOf(name => name.EndsWith(".jnl"), () =>
        {
            // The capture of a $2 coin (20 pulses) arrives while the worker writes a batch, holding the lock.
            clock.Advance(20 * (coins.PulseMs + coins.SpaceMs) + Meter.Core.Input.CoinCapture.IdleMs);
            for (int pulse = 0; pulse < 20; pulse++)
            {
                meter.Loop.Inputs.Enqueue(InputKind.CoinLevel, coins.PulseMs * 1000L, clock.MonotonicMs);
                meter.Loop.Inputs.Enqueue(InputKind.CoinLevel, -coins.SpaceMs * 1000L, clock.MonotonicMs);
            }

            meter.Loop.Inputs.Enqueue(InputKind.CoinCaptureEnd, 0, clock.MonotonicMs);
            ui = new Thread(() => meter.Loop.Step());
            ui.Start();
            uiWaitedForTheWrite = !ui.Join(300);
        });

        int steps = 0;
        bool uiDoneAfterThatStep = false;
        while (meter.Journal.MaintainStep())
        {
            steps++;
            if (ui != null && !uiDoneAfterThatStep)
            {
                // Between two steps the lock is free: the UI thread gets it now, not after the whole fold.
                uiDoneAfterThatStep = ui.Join(5000);
                Assert.True(uiDoneAfterThatStep, "the UI thread still waited after the worker's flash operation");
            }
        }

        Assert.NotNull(ui);
        Assert.True(uiWaitedForTheWrite, "the UI did not need the lock during the write (the test proves nothing)");
        Assert.Equal(0, meter.Loop.DroppedInputs);
        meter.Audit(out long inSale);
        Assert.Equal(200, inSale);
        Assert.True(steps > 2);
    }
}
