using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

public class CorruptionTests
{
    // 40 sales: 32 land in compacted files, the rest stay in single-change files.
    private static (SimulatedLittleFs Fs, string BigFile) FortySales()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        for (int i = 1; i <= 40; i++)
        {
            Sell(journal, i);
            journal.Maintain();
        }

        string big = fs.List().OrderByDescending(n => fs.Peek(n)!.Length).First();
        return (fs, big);
    }

    [Fact]
    public void Mount_FlippedByteInTheMiddleOfACompactedFile_LosesOnlyThatPermit()
    {
        var (fs, big) = FortySales();
        fs.FlipByte(big, fs.Peek(big)!.Length / 2);

        var journal = new PermitJournal(fs, Settings(), MeterId);
        var report = journal.Mount();

        Assert.Equal(1, report.CorruptEntries);
        Assert.Contains(big, report.TornFiles.Cast<string>());
        Assert.Equal(39, journal.Count);
    }

    [Fact]
    public void Mount_TruncatedFile_KeepsEveryWholeEntryBeforeTheCut()
    {
        var (fs, big) = FortySales();
        int entries = new PermitJournal(fs, Settings(), MeterId).Mount().Records;
        fs.Truncate(big, fs.Peek(big)!.Length - 10);

        var journal = new PermitJournal(fs, Settings(), MeterId);
        var report = journal.Mount();

        Assert.Equal(1, report.CorruptEntries);
        Assert.Equal(entries - 1, journal.Count);
    }

    [Fact]
    public void Mount_StrayAndUnknownFiles_AreReportedAndLeftAlone()
    {
        var (fs, _) = FortySales();
        fs.Put("00000099.jnl.writing", new byte[] { 1, 2, 3 });
        fs.Put("notes.txt", System.Text.Encoding.ASCII.GetBytes("hello"));
        fs.Put("00000777.jnl", new byte[] { 0xFF, 0xFF, 0x00 });

        var journal = new PermitJournal(fs, Settings(), MeterId);
        var report = journal.Mount();

        Assert.Equal(40, journal.Count);
        Assert.Equal(new[] { "00000099.jnl.writing", "notes.txt" }, report.UnknownFiles.Cast<string>().OrderBy(n => n));
        Assert.Contains("00000777.jnl", report.TornFiles.Cast<string>());
        Assert.Contains("notes.txt", fs.List());
        Assert.Equal("M7-41", Sell(journal, 41).PermitNo);
        // Generations continue past the torn file's name: the change went to a ring file as generation 778.
        Assert.Equal(778, fs.List().Where(n => n.StartsWith('r')).Max(n => PermitCodec.Seq(fs.Peek(n)!, 0)));
    }

    [Fact]
    public void Mount_EveryPossibleSingleByteFlip_NeverThrows_AndLosesAtMostOnePermit()
    {
        var (fs, big) = FortySales();
        byte[] original = fs.Peek(big)!;
        for (int i = 0; i < original.Length; i++)
        {
            fs.Put(big, original);
            fs.FlipByte(big, i);

            var journal = new PermitJournal(fs, Settings(), MeterId);
            journal.Mount();

            Assert.True(journal.Count >= 39, "flip at " + i + " lost " + (40 - journal.Count));
        }
    }

    [Fact]
    public void Mount_UnreadableFile_IsReportedAndLeftAlone_AndEverythingElseLoads()
    {
        var (fs, _) = FortySales();
        // The ring file with the newest change: it holds the only version of the last permit sold.
        string small = fs.List().Where(n => n.StartsWith('r')).OrderBy(n => PermitCodec.Seq(fs.Peek(n)!, 0)).Last();
        fs.FailReadsOf(small);

        var journal = new PermitJournal(fs, Settings(), MeterId);
        var report = journal.Mount();
        var sale = Sell(journal, 41);
        journal.Maintain();
        journal.Prune(Now + 365L * 24 * 3_600_000);

        Assert.Contains(report.UnreadableFiles.Cast<string>(), n => n.StartsWith(small) && n.Contains("read error"));
        Assert.Equal(39, report.Records);
        for (int i = 42; i < 42 + 3 * JournalKit.RingFiles; i++)
        {
            Sell(journal, i);
            journal.Maintain();
        }

        Assert.Contains(small, fs.List());
        Assert.True(PermitCodec.Seq(fs.Peek(small)!, 0) < 100, "the unreadable ring file was rewritten");
        Assert.Equal(40 + PermitJournal.MaximumEntriesPerFile, sale.Seq);
        Assert.Contains("UNREADABLE", report.ToString());
    }

    [Fact]
    public void Mount_OversizedFile_IsNotReadIntoMemory_AndItsNameIsNeverReused()
    {
        var (fs, _) = FortySales();
        fs.Put("00009000.jnl", new byte[64 * 1024]);

        var journal = new PermitJournal(fs, Settings(), MeterId);
        var report = journal.Mount();
        Sell(journal, 41);

        Assert.Contains(report.UnreadableFiles.Cast<string>(), n => n.StartsWith("00009000.jnl") && n.Contains("65536 bytes"));
        Assert.Equal(40, report.Records);
        Assert.Equal(64 * 1024, fs.Peek("00009000.jnl")!.Length);
        Assert.Contains(fs.List(), n => string.CompareOrdinal(n, "00009000.jnl") > 0);
    }

    [Fact]
    public void Mount_EmptyFileLeftByACutWrite_IsReported_AndItsNameServesTheNextChange()
    {
        var fs = new SimulatedLittleFs { EmptyFileOnCut = true };
        var journal = Mounted(fs);
        Sell(journal, 1);
        fs.CutPowerAtOperation(0);
        Assert.Throws<PowerCutException>(() => Sell(journal, 2));
        fs.Remount();
        string empty = fs.List().Single(n => fs.Peek(n)!.Length == 0);

        var again = new PermitJournal(fs, Settings(), MeterId);
        var report = again.Mount();
        var next = Sell(again, 3);

        Assert.Equal(1, report.EmptyFiles);
        Assert.Equal(1, report.Records);
        Assert.Equal(2, next.Seq);
        Assert.True(fs.Peek(empty)!.Length > 0, "the empty ring file takes the next change");
    }

    [Fact]
    public void FlashError_OnOneWrite_ChangesNothing_AndTheNextOperationWorks()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        Sell(journal, 1);
        fs.FailOperation(0);

        Assert.Throws<System.IO.IOException>(() => Sell(journal, 2));
        var next = Sell(journal, 3);
        journal.RecordPushed(1, "ref-1");

        var again = new PermitJournal(fs, Settings(), MeterId);
        again.Mount();
        Assert.Equal(new[] { (1, PermitState.Pushed), (2, PermitState.Sold) }, again.Snapshot().Select(p => (p.Seq, p.State)).ToArray());
        Assert.Equal(2, next.Seq);
    }

    [Fact]
    public void FlashError_DuringCompaction_LosesNothing_AndTheNextMaintenanceFinishesIt()
    {
        var fs = new SimulatedLittleFs();
        var journal = Mounted(fs);
        for (int i = 1; i <= Settings().FoldThreshold; i++)
        {
            Sell(journal, i);
        }

        fs.FailOperation(0);
        Assert.Throws<System.IO.IOException>(() => journal.Maintain());
        var meanwhile = new PermitJournal(fs, Settings(), MeterId);
        meanwhile.Mount();
        Assert.Equal(Settings().FoldThreshold, meanwhile.Count);
        journal.Maintain();

        var again = new PermitJournal(fs, Settings(), MeterId);
        Assert.True(again.Mount().IsClean);
        Assert.Equal(Settings().FoldThreshold, again.Count);
        Assert.Single(fs.List(), n => n.StartsWith('0'));
    }
}
