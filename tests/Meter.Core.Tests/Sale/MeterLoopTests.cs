using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.Sale;
using Meter.Core.Tests.Fakes;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sale;

public class MeterLoopTests
{
    private readonly SimulatedLittleFs _fs = new();
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly RecordingDisplay _display = new();
    private readonly MeterLoop _loop;
    private readonly PermitJournal _journal;

    public MeterLoopTests()
    {
        var config = SaleFlowTests.Config();
        _journal = new PermitJournal(_fs, config.Journal, config.Meter.Id);
        _journal.Mount();
        _loop = new MeterLoop(config, _journal, _clock, _display, new MeterLog(8));
        _loop.Step();
    }

    [Fact]
    public void Sale_IsInTheJournalBeforePaidIsShown()
    {
        Press('2', '#');
        _loop.Inputs.Enqueue(InputQueue.Coin, 200);
        Press('#');

        Assert.Equal(Screen.Paid, _loop.Flow.Screen.Kind);
        Assert.Equal(1, new PermitJournal(_fs, SaleFlowTests.Config().Journal, "L4-0001").Mount().Records);
    }

    [Fact]
    public void FlashFailingAtTheCommit_ShowsNotRecorded_NeverPaid()
    {
        Press('2', '#');
        _loop.Inputs.Enqueue(InputQueue.Coin, 200);
        _fs.CutPowerAtOperation(0);

        Press('#');

        Assert.Equal(Screen.NotRecorded, _loop.Flow.Screen.Kind);
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

    private void Press(params char[] keys)
    {
        foreach (char key in keys)
        {
            _clock.Advance(100);
            _loop.Inputs.Enqueue(InputQueue.Key, key);
            _loop.Step();
        }
    }

    private sealed class RecordingDisplay : IDisplay
    {
        public long Bytes { get; private set; }

        public void WritePage(int page, int column, byte[] data, int offset, int count) => Bytes += count;
    }
}
