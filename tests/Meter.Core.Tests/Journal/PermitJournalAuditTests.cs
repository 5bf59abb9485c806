using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

/// <summary>The audit's two-copy files beside the journal: newest valid copy wins, a torn write spoils only itself.</summary>
public class PermitJournalAuditTests
{
    private static readonly PendingCredit Credit = new(0, "PL0001", Now, Now, Now + 3_600_000, 250, 0, false);

    [Fact]
    public void SaveAudit_ThenMount_GivesBackTheNewestTotalsAndCredit()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        var totals = new AuditTotals(3, Now) { CashCents = 100 };
        journal.SaveAudit(totals, null!);
        totals.CashCents = 350;
        journal.SaveAudit(totals, Credit);

        var again = Mounted(fs);

        Assert.Equal((3, 350L, "PL0001", false), (again.RecoveredTotals!.Period, again.RecoveredTotals.CashCents, again.RecoveredCredit!.Plate, again.AuditTorn));
    }

    [Fact]
    public void TornNewestCopy_FallsBackToTheCopyBefore_AndSaysSo()
    {
        var fs = new SimulatedLittleFs { TornWrites = true };
        var journal = Mounted(fs);
        journal.SaveAudit(new AuditTotals(1, Now) { CashCents = 100 }, Credit);
        fs.CutPowerAtOperation(0);
        Assert.Throws<PowerCutException>(() => journal.SaveAudit(new AuditTotals(1, Now) { CashCents = 125 }, Credit));
        fs.Remount();

        var again = Mounted(fs);

        Assert.Equal((100L, true), (again.RecoveredTotals!.CashCents, again.AuditTorn));
        Assert.NotNull(again.RecoveredCredit);
    }

    [Fact]
    public void UnreadableCopy_IsReported_AndTheOtherCounts()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        journal.SaveAudit(new AuditTotals(1, Now) { CashCents = 100 }, null!);
        journal.SaveAudit(new AuditTotals(1, Now) { CashCents = 200 }, null!);
        string newest = PermitJournal.AuditFileNames[1];
        fs.FailReadsOf(newest);

        var again = new PermitJournal(fs, Settings(), MeterId);
        var report = again.Mount();

        Assert.Contains(newest, report.UnreadableFiles.Cast<string>());
        Assert.Equal(100, again.RecoveredTotals!.CashCents);
    }

    [Fact]
    public void Prune_KeepsThePermitsOfTheCreditKept_UntilTheCreditIsGone()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        var first = Sell(journal, 1);
        journal.SaveAudit(new AuditTotals(1, Now), Credit);
        var newest = Sell(journal, 2);
        foreach (var permit in new[] { first, newest })
        {
            journal.RecordPushed(permit.Seq, "ref-" + permit.Seq);
        }

        long late = Now + 48 * 3_600_000L;
        journal.Prune(late);
        Assert.NotNull(journal.Find(first.Seq));
        Assert.NotNull(Mounted(fs).Find(first.Seq));

        journal.SaveAudit(new AuditTotals(1, Now), null!);
        journal.Prune(late);
        Assert.Null(journal.Find(first.Seq));
    }

    [Fact]
    public void AuditFiles_AreNotTakenForJournalFiles()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        Sell(journal, 1);
        journal.SaveAudit(new AuditTotals(1, Now), Credit);
        journal.AddCollection(new AuditTotals(1, Now) { EndUtcMs = Now + 1000 });

        var report = new PermitJournal(fs, Settings(), MeterId).Mount();

        Assert.Equal(1, report.Records);
        Assert.Empty(report.UnreadableFiles);
        Assert.Empty(report.TornFiles);
        Assert.Empty(report.UnknownFiles);
    }

    [Fact]
    public void Collections_OfBusyPeriods_KeepTheNewestThatFitAnInlineFile()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        for (int period = 1; period <= 14; period++)
        {
            var busy = AuditRecordTests.BusyPeriod();
            busy.EndUtcMs = Now + period * 86_400_000L;
            journal.AddCollection(busy);
        }

        var kept = Mounted(fs).ReadCollections();

        Assert.InRange(kept.Length, 6, PermitJournal.CollectionsKept - 1);
        Assert.Equal(Now + 14 * 86_400_000L, kept[^1].EndUtcMs);
        Assert.All(PermitJournal.CollectionFileNames, name => Assert.InRange(fs.Peek(name)!.Length, 1, PermitJournal.CollectionsFileBytes + 8));
    }
}
