using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

/// <summary>Generations name the journal's files and order its versions: they must last the meter's whole life.</summary>
public class JournalGenerationTests
{
    [Theory]
    [InlineData(42, "00000042.jnl")]
    [InlineData(99_999_999, "99999999.jnl")]
    [InlineData(100_000_000, "100000000.jnl")]
    [InlineData(int.MaxValue, "2147483647.jnl")]
    public void NameOf_GrowsPastEightDigits_AndReadsBack(int gen, string name)
    {
        Assert.Equal(name, JournalFile.NameOf(gen));
        Assert.Equal(gen, JournalFile.GenOf(name));
        Assert.Equal(name.Length, new JournalFile(gen, 100, -1).NameLength);
    }

    [Theory]
    [InlineData("0100000000.jnl")]
    [InlineData("2147483648.jnl")]
    [InlineData("1234567.jnl")]
    [InlineData("12345678901.jnl")]
    [InlineData("1234x6789.jnl")]
    public void GenOf_RefusesNamesTheJournalNeverWrites(string name)
    {
        Assert.Equal(-1, JournalFile.GenOf(name));
    }

    [Fact]
    public void Journal_CrossingAHundredMillionGenerations_KeepsSellingFoldingAndMounting()
    {
        var fs = new SimulatedLittleFs();
        var settings = Settings(ringFiles: 2);
        var journal = Mounted(fs, settings);
        Sell(journal, 1);
        AgeTo(fs, 99_999_990);

        journal = new PermitJournal(fs, settings, MeterId);
        journal.Mount();
        for (int i = 2; i <= 30; i++)
        {
            Sell(journal, i);
            journal.RecordPushed(i, "ref-" + i);
            journal.Maintain();
        }

        journal.CommitAddedTime(1, Now + 7_200_000, 100);

        Assert.Contains(fs.List(), name => name.Length == 13 && name.EndsWith(".jnl"));
        var again = new PermitJournal(fs, settings, MeterId);
        var report = again.Mount();
        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(30, again.Count);
        Assert.Equal((Now + 7_200_000, 301L), (again.Find(1)!.EndUtcMs, again.Find(1)!.AmountCents));
        Assert.All(Enumerable.Range(2, 29), i => Assert.Equal("ref-" + i, again.Find(i)!.ReferenceId));
    }

    [Fact]
    public void Journal_AtTheLastGeneration_RefusesTheWriteAndKeepsWhatItHas()
    {
        var fs = new SimulatedLittleFs();
        var settings = Settings(ringFiles: 2);
        var journal = Mounted(fs, settings);
        Sell(journal, 1);
        AgeTo(fs, int.MaxValue - 2);
        journal = new PermitJournal(fs, settings, MeterId);
        journal.Mount();

        Sell(journal, 2);
        var refused = Assert.Throws<JournalException>(() => Sell(journal, 3));

        Assert.Contains("generations used up", refused.Message);
        var again = new PermitJournal(fs, settings, MeterId);
        again.Mount();
        Assert.Equal(2, again.Count);
    }

    // Moves the journal's only change into a generation file numbered gen, as a meter decades old would have it.
    private static void AgeTo(SimulatedLittleFs fs, int gen)
    {
        string ring = fs.List().Single(name => name.StartsWith("r"));
        byte[] data = fs.Peek(ring)!;
        fs.Put(JournalFile.NameOf(gen), data.Skip(PermitCodec.GenerationHeaderBytes).ToArray());
        fs.Delete(ring);
    }
}
