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
        Assert.Contains("00000778.jnl", fs.List()); // generations continue past the torn file's name
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
}
