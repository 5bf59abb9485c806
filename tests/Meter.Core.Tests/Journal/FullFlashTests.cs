using System;
using System.Collections.Generic;
using System.IO;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

/// <summary>The journal against the partition's real limits, on the calibrated littlefs model.</summary>
public class FullFlashTests
{
    [Fact]
    public void OfflineOnThePartition_TheJournalRefusesBeforeLittleFsRunsOut_AfterOver1000Sales()
    {
        var fs = SimulatedLittleFs.Partition();
        var journal = Mounted(fs, new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60));
        int sold = 0;

        while (journal.CanSell(out _))
        {
            Sell(journal, sold++);
            journal.Maintain();
        }

        Assert.True(sold >= 1000, "sold " + sold);
        Assert.True(fs.Flash.FreeBlocks > 0);
        var again = Mounted(fs, new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60));
        Assert.Equal(sold, again.Count);
    }

    [Fact]
    public void LittleFsFullMidWrite_LosesNothingAlreadyReturned()
    {
        // A journal told it may use far more than the partition has: littlefs refuses first, to the last block.
        var fs = SimulatedLittleFs.Partition();
        var journal = Mounted(fs, Settings(capacityBytes: 1 << 24, capacityRecords: 100_000));
        var returned = new Dictionary<int, (PermitState State, long End, string Reference)>();
        int failures = 0;
        for (int i = 1; failures < 20 && i < 5000; i++)
        {
            try
            {
                var sale = Sell(journal, i);
                returned[sale.Seq] = (sale.State, sale.EndUtcMs, sale.ReferenceId);
                if (i % 3 == 0)
                {
                    journal.RecordPushed(sale.Seq, "ref-" + sale.Seq);
                    returned[sale.Seq] = (PermitState.Pushed, sale.EndUtcMs, "ref-" + sale.Seq);
                }

                journal.Maintain();
            }
            catch (IOException error)
            {
                Assert.Contains("NOSPC", error.Message);
                failures++;
            }
        }

        Assert.True(failures > 0, "littlefs never filled up");
        var again = Mounted(fs, Settings(capacityBytes: 1 << 24, capacityRecords: 100_000));
        foreach (var (seq, expected) in returned)
        {
            var found = again.Find(seq);
            Assert.True(found != null, "lost permit " + seq);
            Assert.Equal(expected, (found!.State, found.EndUtcMs, found.ReferenceId));
        }
    }
}
