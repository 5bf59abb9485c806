using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

/// <summary>A fold goes step by step with the lock released between steps: what the UI or console changes meanwhile wins.</summary>
public class JournalCompactorTests
{
    [Theory]
    [InlineData("added time")]
    [InlineData("void")]
    public void ChangeToAFoldedPermit_BetweenTwoSteps_IsNeverOverwrittenByTheStaleBatch(string change)
    {
        var fs = new SimulatedLittleFs();
        var settings = Settings();
        var journal = Mounted(fs, settings);
        for (int i = 1; i <= 12; i++)
        {
            Sell(journal, i);
        }

        // The first step plans the fold and reads permit 1 (the oldest small file's) into its batch.
        Assert.True(journal.MaintainStep());
        if (change == "void")
        {
            journal.RequestVoid(1);
        }
        else
        {
            journal.CommitAddedTime(1, Now + 7_200_000, 100);
        }

        journal.Maintain();
        journal.Maintain();

        var again = new PermitJournal(fs, settings, MeterId);
        Assert.True(again.Mount().IsClean);
        Assert.Equal(12, again.Count);
        var one = again.Find(1)!;
        if (change == "void")
        {
            Assert.Equal(PermitState.Voided, one.State);
        }
        else
        {
            Assert.Equal((Now + 7_200_000, 301L), (one.EndUtcMs, one.AmountCents));
        }

        Assert.True(again.FileCount < 12, "the fold went ahead after the change: " + again.FileCount + " files");
    }
}
