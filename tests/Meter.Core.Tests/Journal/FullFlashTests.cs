using System;
using System.Collections.Generic;
using System.IO;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Journal;

/// <summary>The journal against the partition's real limits, on the calibrated littlefs model.</summary>
public class FullFlashTests
{
    [Fact]
    public void OfflineOnThePartition_AllInFlash_TheJournalRefusesBeforeLittleFsRunsOut()
    {
        // The journal without FRAM (its ring and audit in flash, as hosts without the chip run it): the ring's 144 files
        // take a third of the partition, so it holds fewer permits than the meter does, but it still refuses first.
        var fs = SimulatedLittleFs.Partition();
        var journal = Mounted(fs, new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60));
        int sold = 0;

        while (journal.CanSell(out _))
        {
            Sell(journal, sold++);
            journal.Maintain();
        }

        Assert.True(sold >= 500, "sold " + sold);
        Assert.True(fs.Flash.FreeBlocks > 0);
        var again = Mounted(fs, new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60));
        Assert.Equal(sold, again.Count);
    }

    [Fact]
    public void OfflineOnThePartition_RingAndAuditInFram_SellsOver1000PaidSalesBeforeRefusing_AndLittleFsNeverFills()
    {
        var fs = SimulatedLittleFs.Partition();
        var fram = new FakeFram();
        var settings = new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60).WithFram();
        var journal = new PermitJournal(new FramJournalStore(fs, fram), settings, "L4-0001");
        journal.Mount();
        var ledger = new AuditLedger(journal, Sale.SaleFlowTests.Config(), new MeterLog(8));
        ledger.RecoverAtBoot(Now);
        ledger.Coin(100, null, false, Now);
        ledger.Collect(Now, out _);
        int sold = 0;

        while (journal.CanSell(out _))
        {
            // Three coins counted in the audit as they go in, then the sale, as the meter pays one.
            long at = Now + sold * 1000L;
            var sale = new PendingCredit(0, "PL" + sold.ToString("D4"), at, at, at + 3_600_000, 200 + sold, 0, false);
            for (int coin = 0; coin < 3; coin++)
            {
                ledger.Coin(100, sale, false, at);
            }

            Sell(journal, sold++);
            ledger.Recorded(sale, false);
            journal.Maintain();
        }

        Assert.True(sold >= 1000, "sold " + sold);
        Assert.True(fs.Flash.FreeBlocks > 0);
        var again = new PermitJournal(new FramJournalStore(fs, fram), settings, "L4-0001");
        again.Mount();
        Assert.Equal(sold, again.Count);
        Assert.Equal(300L * sold, again.RecoveredTotals!.CashCents);
        Assert.Single(again.ReadCollections());
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
