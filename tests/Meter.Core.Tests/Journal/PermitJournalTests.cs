using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

public class PermitJournalTests
{
    [Fact]
    public void CommitSale_NumbersPermitsInOrder_WithTheMeterId()
    {
        var journal = Mounted(new SimulatedLittleFs());

        var first = Sell(journal, 1);
        var second = Sell(journal, 2);

        Assert.Equal("M7-1", first.PermitNo);
        Assert.Equal("M7-2", second.PermitNo);
        Assert.Equal(PermitState.Sold, second.State);
    }

    [Fact]
    public void Mount_AfterReboot_RestoresEveryPermitInItsLatestState()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        for (int i = 1; i <= 40; i++)
        {
            Sell(journal, i);
        }

        journal.RecordPushed(3, "ref-3");
        journal.CommitAddedTime(3, Now + 7_200_000, 150);
        journal.RecordRejected(5, 9006, "Plate is a required field.");
        journal.RecordRetry(7, Now + 60_000);

        var again = new PermitJournal(fs, Settings(), MeterId);
        var report = again.Mount();

        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(40, again.Count);
        var three = again.Find(3)!;
        Assert.Equal((PermitState.TimeAdded, "ref-3", Now + 7_200_000, 203L + 150), (three.State, three.ReferenceId, three.EndUtcMs, three.AmountCents));
        Assert.Equal((PermitState.Rejected, 9006, PermitState.Sold), (again.Find(5)!.State, again.Find(5)!.ErrorCode, again.Find(5)!.RejectedFrom));
        // Retry state lives in RAM: after a reboot the permit is due at once, its failed attempt forgotten.
        Assert.Equal((1, Now + 60_000), (journal.Find(7)!.Attempts, journal.Find(7)!.NextAttemptMs));
        Assert.Equal((0, 0L), (again.Find(7)!.Attempts, again.Find(7)!.NextAttemptMs));
        Assert.Equal("M7-41", Sell(again, 41).PermitNo);
    }

    [Fact]
    public void PrunedPermit_WhoseNewestFileHoldsOnlyItsAcknowledgement_NeverComesBackWithAnOlderVersion()
    {
        var fs = new SimulatedLittleFs();
        var settings = Settings(retentionMinutes: 0, ringFiles: 2);
        var journal = Mounted(fs, settings);
        Sell(journal, 1);
        Sell(journal, 2);
        journal.Maintain();
        // Permit 1: its first version in the batch (shared with permit 2), time added in a ring file, then the push's
        // acknowledgement in the other ring file; then it is pruned, and a new sale wants a ring file.
        journal.CommitAddedTime(1, Now + 7_200_000, 100);
        journal.RecordPushed(1, "ref-1");
        journal.Prune(Now + 3 * 3_600_000);
        Sell(journal, 3);

        var again = new PermitJournal(fs, settings, MeterId);
        again.Mount();

        var one = again.Find(1);
        Assert.True(one == null || (one.EndUtcMs, one.AmountCents) == (Now + 7_200_000, 301L),
            "permit 1 came back as it was before its added time: " + one?.AmountCents);
        Assert.Equal(2, again.Find(2)!.Seq);
    }

    [Fact]
    public void PermitNumbers_AreNeverReused_AfterEverythingIsPrunedAndTheMeterReboots()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs, Settings(retentionMinutes: 0));
        for (int i = 1; i <= 30; i++)
        {
            Sell(journal, i);
            journal.RecordPushed(i, "ref-" + i);
        }

        journal.Prune(Now + 10 * 3_600_000);
        var again = Mounted(fs, Settings(retentionMinutes: 0));

        // Ring files keep a pruned permit's last version until they are rewritten: it may come back, finished.
        Assert.All(again.Snapshot(), p => Assert.True(PermitStates.IsFinished(p.State)));
        Assert.Equal("M7-31", Sell(again, 31).PermitNo);
        again.Prune(Now + 10 * 3_600_000);
        Assert.Single(again.Snapshot());
    }

    [Fact]
    public void CommitAddedTime_BeforePush_ChangesWhatWillBePushed_AfterPush_WaitsForUpdate()
    {
        var journal = Mounted(new SimulatedLittleFs());
        Sell(journal, 1);
        Sell(journal, 2);
        journal.RecordPushed(2, "ref-2");

        var unsent = journal.CommitAddedTime(1, Now + 7_200_000, 100);
        var pushed = journal.CommitAddedTime(2, Now + 7_200_000, 100);

        Assert.Equal(PermitState.Sold, unsent.State);
        Assert.Equal(PermitState.TimeAdded, pushed.State);
        Assert.Throws<JournalException>(() => journal.CommitAddedTime(2, Now, 100));
    }

    [Fact]
    public void CommitAddedTime_OncePushTaken_KeepsThePushAsItWas_AndUpdatesAfterwards()
    {
        var journal = Mounted(new SimulatedLittleFs());
        Sell(journal, 1);
        journal.TakeDue(Now);

        var extended = journal.CommitAddedTime(1, Now + 7_200_000, 100);
        journal.RecordPushed(1, "ref-1");

        Assert.Equal((PermitState.Sold, Now + 3_601_000, 201L), (extended.State, extended.SentEndUtcMs, extended.SentAmountCents));
        Assert.Equal(PermitState.TimeAdded, journal.Find(1)!.State);
        journal.RecordUpdated(1, journal.Find(1)!.EndUtcMs, journal.Find(1)!.AmountCents);
        Assert.Equal((PermitState.Updated, Now + 7_200_000, 301L), (journal.Find(1)!.State, journal.Find(1)!.SentEndUtcMs, journal.Find(1)!.SentAmountCents));
    }

    [Fact]
    public void SplitAddedTime_DeliveredWithoutReference_MakesALinkedPermitForTheExtraTime()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        Sell(journal, 1);
        journal.RecordDelivered(1);
        journal.CommitAddedTime(1, Now + 7_200_000, 150);

        var extra = journal.SplitAddedTime(1, Now + 1000);

        var again = Mounted(fs);
        var first = again.Find(1)!;
        Assert.Equal((PermitState.Pushed, Now + 3_601_000, 201L), (first.State, first.EndUtcMs, first.AmountCents));
        var linked = again.Find(extra.Seq)!;
        Assert.Equal((PermitState.Sold, 1, Now + 3_601_000, Now + 7_200_000, 150L), (linked.State, linked.LinkedSeq, linked.StartUtcMs, linked.EndUtcMs, linked.AmountCents));
        Assert.Throws<JournalException>(() => again.SplitAddedTime(1, Now));
    }

    [Fact]
    public void RequestVoid_NeverTaken_IsVoidedAtOnce_OtherwiseWaitsForDelete()
    {
        var journal = Mounted(new SimulatedLittleFs());
        Sell(journal, 1);
        Sell(journal, 2);
        journal.RecordPushed(1, "ref-1");
        Assert.Equal(2, journal.TakeDue(Now)!.Seq);
        Sell(journal, 3);

        Assert.Equal(PermitState.Voided, journal.RequestVoid(3).State);
        Assert.Equal(PermitState.VoidRequested, journal.RequestVoid(2).State);
        Assert.Equal(PermitState.VoidRequested, journal.RequestVoid(1).State);
    }

    [Fact]
    public void TakeDue_GivesTheOldestPendingPermit_OnceItsRetryTimeHasCome()
    {
        var journal = Mounted(new SimulatedLittleFs());
        Sell(journal, 1);
        Sell(journal, 2);
        journal.RecordRetry(1, Now + 60_000);

        Assert.Equal(2, journal.TakeDue(Now)!.Seq);
        Assert.Equal(1, journal.TakeDue(Now + 60_000)!.Seq);
        journal.RecordPushed(1, "r1");
        journal.RecordPushed(2, "r2");
        Assert.Null(journal.TakeDue(Now + 60_000));
    }

    [Fact]
    public void CanSell_WhenRecordCapacityIsReached_RefusesAndCommitWritesNothing()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs, Settings(capacityRecords: 10));
        for (int i = 1; i <= 10; i++)
        {
            Sell(journal, i);
        }

        long operations = fs.Operations;

        Assert.False(journal.CanSell(out string? reason));
        Assert.Contains("full", reason);
        Assert.Throws<JournalException>(() => Sell(journal, 11));
        Assert.Equal(operations, fs.Operations);
    }

    [Fact]
    public void CommitSale_InvalidInput_IsRefusedWithoutWriting()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);

        Assert.Throws<JournalException>(() => journal.CommitSale(new string('A', 26), "Lot 4", "CAD", Now, Now, Now + 60_000, 100, 0));
        Assert.Throws<JournalException>(() => journal.CommitSale("ABC", "Lot 4", "EUR", Now, Now, Now + 60_000, 100, 0));
        Assert.Throws<JournalException>(() => journal.CommitSale("ABC", "Lot 4", "CAD", Now, Now, Now + 60_000, 0, 0));
        Assert.Throws<JournalException>(() => journal.CommitSale("ABC", "Lot 4", "CAD", Now, Now, Now, 100, 0));
        Assert.Equal(0, fs.Operations);
    }

    [Fact]
    public void Prune_ForgetsFinishedPermitsPastRetention_KeepsPendingAndRejected()
    {
        var journal = Mounted(new SimulatedLittleFs(), Settings(retentionMinutes: 30));
        for (int i = 1; i <= 5; i++)
        {
            Sell(journal, i);
        }

        journal.RecordPushed(1, "r1");
        journal.RecordPushed(2, "r2");
        journal.RecordRejected(3, 9033, "The field's value is invalid.");

        int pruned = journal.Prune(Now + 3_600_000 + 31 * 60_000);

        Assert.Equal(2, pruned);
        Assert.Equal(new[] { 3, 4, 5 }, journal.Snapshot().Select(r => r.Seq));
        journal.ClearRejected(3);
        journal.Prune(Now + 3_600_000 + 31 * 60_000);
        Assert.Null(journal.Find(3));
    }

    [Fact]
    public void ManySales_CompactionKeepsFilesFewAndDense()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs, Settings(ringFiles: JournalSettings.DefaultRingFiles));
        for (int i = 1; i <= 600; i++)
        {
            Sell(journal, i);
            journal.Maintain();
        }

        Assert.True(journal.FileCount <= JournalSettings.DefaultRingFiles + 600 / 40, "files: " + journal.FileCount);
        Assert.Equal(journal.FileCount, fs.List().Length);
        var again = new PermitJournal(fs, Settings(), MeterId);
        Assert.True(again.Mount().IsClean);
        Assert.Equal(600, again.Count);
    }

    [Fact]
    public void FindByPlate_AndActiveFor_SeeOnlyThatPlate()
    {
        var journal = Mounted(new SimulatedLittleFs());
        journal.CommitSale("ABC123", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 200, 0);
        journal.CommitSale("XYZ999", "Lot 4", "CAD", Now, Now, Now + 3_600_000, 200, 0);
        journal.CommitSale("ABC123", "Lot 4", "CAD", Now + 1000, Now + 1000, Now + 7_200_000, 400, 0);

        Assert.Equal(2, journal.FindByPlate("ABC123").Length);
        Assert.Equal(3, journal.ActiveFor("ABC123", Now + 3_700_000)!.Seq);
        Assert.Null(journal.ActiveFor("ABC123", Now + 7_300_000));
        Assert.Equal(2, journal.Find("M7-2")!.Seq);
        Assert.Null(journal.Find("M8-2"));
    }
}
