using System.Diagnostics;
using Meter.Core.Journal;
using Meter.Host.Storage;

namespace Meter.Bench;

/// <summary>
/// journal: flash cost of the permit lifecycle (sale, push acknowledged, prune) on the simulated littlefs,
/// recovery time, capacity in 128 KiB and flash life at 2,000 sales a day.
/// </summary>
public sealed class JournalBenchmark : IBenchmark
{
    private const int Permits = 2000;
    private const int RegionBytes = 128 * 1024;
    private const int EraseCycles = 100_000;
    private const int SalesPerDay = 2000;
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public string Name => "journal";

    public void Run(Report report)
    {
        var lifecycle = Lifecycle();
        report.Figure("journal.write_amplification", lifecycle.BytesPerPermit / lifecycle.RecordBytes, "x");
        report.Figure("journal.bytes_per_permit", lifecycle.BytesPerPermit, "bytes");
        report.Figure("journal.ops_per_permit", lifecycle.OpsPerPermit, "ops");
        report.Figure("journal.recovery_ms_2000", RecoveryMs(), "ms");
        report.Figure("journal.capacity_records_128k", CapacityIn128K(), "records");
        double erasesPerDay = lifecycle.ErasesPerPermit * SalesPerDay;
        double budget = (double)RegionBytes / FlashCost.BlockSize * EraseCycles;
        report.Figure("journal.life_years", budget / erasesPerDay / 365, "years");
    }

    // A day's steady trade: a sale a minute, each pushed at once, 30-minute permits, pruned as they end.
    private static (double BytesPerPermit, double OpsPerPermit, double ErasesPerPermit, double RecordBytes) Lifecycle()
    {
        var fs = new SimulatedLittleFs();
        var journal = new PermitJournal(fs, new JournalSettings(RegionBytes, 5000, 0), "L4-0001");
        journal.Mount();
        int recordBytes = 0;
        for (int i = 1; i <= Permits; i++)
        {
            long now = Start + i * 60_000L;
            var sale = journal.CommitSale("ABC" + (i % 1000).ToString("D3") + "X", "Lot 4", "CAD", now, now, now + 30 * 60_000, 350, 0);
            journal.RecordPushed(sale.Seq, Guid.NewGuid().ToString());
            // The sync worker's maintenance, as it runs after each request.
            journal.Maintain();
            if (i % 10 == 0)
            {
                journal.Prune(now);
            }

            if (i == 1)
            {
                recordBytes = PermitCodec.EncodeFull(journal.Find(sale.Seq)!, new byte[PermitCodec.MaximumEntryBytes], 0);
            }
        }

        return ((double)fs.BytesWritten / Permits, (double)fs.Operations / Permits, fs.EstimatedBlockErases / Permits, recordBytes);
    }

    private static double RecoveryMs()
    {
        var fs = new SimulatedLittleFs();
        var journal = new PermitJournal(fs, new JournalSettings(4 * 1024 * 1024, 5000, 60), "L4-0001");
        journal.Mount();
        for (int i = 1; i <= Permits; i++)
        {
            long now = Start + i * 1000L;
            journal.CommitSale("ABC" + i.ToString("D4"), "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            journal.Maintain();
        }

        var times = new List<double>();
        for (int run = 0; run < 7; run++)
        {
            var watch = Stopwatch.StartNew();
            var again = new PermitJournal(fs, new JournalSettings(4 * 1024 * 1024, 5000, 60), "L4-0001");
            var recovered = again.Mount();
            watch.Stop();
            if (recovered.Records != Permits)
            {
                throw new InvalidOperationException("recovered " + recovered);
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    // Offline: sales pile up unsent until the journal says it is full.
    private static int CapacityIn128K()
    {
        var fs = new SimulatedLittleFs();
        var journal = new PermitJournal(fs, new JournalSettings(RegionBytes, 100_000, 60), "L4-0001");
        journal.Mount();
        int sold = 0;
        while (journal.CanSell(out _))
        {
            long now = Start + sold * 1000L;
            journal.CommitSale("ABC" + (sold % 10000).ToString("D4"), "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            sold++;
            // The worker's maintenance between sales, squeezing when flash runs short.
            journal.Maintain();
        }

        if (fs.EstimatedFlashBytes > RegionBytes)
        {
            throw new InvalidOperationException("the journal overran its region: " + fs.EstimatedFlashBytes);
        }

        return sold;
    }
}
