using Meter.TestKit.Fakes;
using System;
using System.Linq;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Sync;
using Meter.Core.Tests.Fakes;
using Meter.Core.Tests.Sync;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Sale;

/// <summary>A payment, once opened, can always be recorded: its room in the journal is kept from the first coin to '#'.</summary>
public class CapacityReservationTests
{
    private const int Capacity = 5;
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly SimulatedLittleFs _fs = new();
    private readonly Meter.Core.Config.MeterConfig _config = BootedMeter.ConfigWith("capacity_records = 1000", "capacity_records = " + Capacity);

    [Fact]
    public void Sale_WhileTheWorkerSplitsAddedTimeIntoTheLastRoom_IsRecordedAndTheSplitWaits()
    {
        var meter = BootedMeter.Boot(_fs, _clock, config: _config);
        int split = FillToOneShortWithASplitWaiting(meter.Journal);
        meter.TypePlate();
        meter.Coin(100);

        var http = new ScriptedHttpPort();
        new SyncEngine(meter.Journal, http, SyncKit.Requests(), SyncKit.Settings, new Random(1)).Step(_clock.UtcMs, _clock.MonotonicMs);
        meter.Press('#');

        Assert.Equal(ScreenKind.Paid, meter.Loop.Flow.Screen.Kind);
        Assert.Equal(100, meter.Journal.FindByPlate("A").Single().AmountCents);
        Assert.Equal(PermitState.TimeAdded, meter.Journal.Find(split)!.State);
        Assert.Empty(http.Sent);
        Assert.Equal(Capacity, meter.Journal.Count);
    }

    [Fact]
    public void Split_WithRoomLeft_GoesAhead_AndAPaymentThenFindsTheMeterFull()
    {
        var meter = BootedMeter.Boot(_fs, _clock, config: _config);
        int split = FillToOneShortWithASplitWaiting(meter.Journal);

        Assert.NotNull(meter.Journal.SplitAddedTime(split, _clock.UtcMs));
        meter.TypePlate();

        Assert.Equal(ScreenKind.OutOfService, meter.Loop.Flow.Screen.Kind);
        Assert.False(meter.Loop.Flow.CoinsEnabled);
    }

    [Fact]
    public void Payment_AbandonedWithoutACoin_GivesItsRoomBack()
    {
        var meter = BootedMeter.Boot(_fs, _clock, config: _config);
        int split = FillToOneShortWithASplitWaiting(meter.Journal);
        meter.TypePlate();
        Assert.True(meter.Journal.SaleReserved);

        meter.Press('C');

        Assert.False(meter.Journal.SaleReserved);
        Assert.NotNull(meter.Journal.SplitAddedTime(split, _clock.UtcMs));
    }

    [Fact]
    public void Boot_CreditLeftByAPowerCut_KeepsItsRoomFromTheWorkerUntilItIsRecorded()
    {
        var meter = BootedMeter.Boot(_fs, _clock, config: _config);
        int split = FillToOneShortWithASplitWaiting(meter.Journal);
        meter.TypePlate();
        meter.Coin(100);

        // The power goes; at boot the worker may run before the UI records the credit.
        var journal = new PermitJournal(_fs, _config.Journal, _config.Meter.Id);
        journal.Mount();
        Assert.Null(journal.SplitAddedTime(split, _clock.UtcMs));
        var log = new MeterLog(16);
        _ = new UiStep(_config, journal, _clock, new RecordingDisplay(), log);

        Assert.True(journal.FindByPlate("A").Single().AmountCents == 100, log.Text());
        Assert.False(journal.SaleReserved);
    }

    [Fact]
    public void RetryOfARejectedPermit_DoesNotTakeTheRoomKeptForAPayment()
    {
        var meter = BootedMeter.Boot(_fs, _clock, config: _config);
        FillToOneShortWithASplitWaiting(meter.Journal);
        var rejected = meter.Journal.CommitSale("R", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 100, 0);
        meter.Journal.RecordRejected(rejected.Seq, 9006, "Plate is a required field.");
        meter.TypePlate();
        meter.Coin(100);

        var refused = Assert.Throws<JournalException>(() => meter.Journal.RetryRejected(rejected.Seq));
        meter.Press('#');

        Assert.Contains("journal full", refused.Message);
        Assert.Equal(ScreenKind.Paid, meter.Loop.Flow.Screen.Kind);
    }

    // Capacity - 1 permits: all delivered, the last without a reference id (OPSCOM answered 9022) and with time added,
    // so the worker's next step splits the added time into a permit of its own.
    private int FillToOneShortWithASplitWaiting(PermitJournal journal)
    {
        for (int i = 1; i < Capacity; i++)
        {
            var permit = journal.CommitSale("P" + i, "Lot 4", "CAD", Now, Now, Now + 3_600_000, 100, 0);
            if (i < Capacity - 1)
            {
                journal.RecordPushed(permit.Seq, "ref-" + i);
            }
            else
            {
                journal.RecordDelivered(permit.Seq);
                journal.CommitAddedTime(permit.Seq, Now + 7_200_000, 100);
            }
        }

        return Capacity - 1;
    }
}
