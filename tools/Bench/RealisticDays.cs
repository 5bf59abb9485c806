using Meter.Core.Journal;
using Meter.Host.Storage;

namespace Meter.Bench;

/// <summary>
/// A street meter's days, for the journal's flash figures: 2,000 sales a day between 07:00 and 21:00,
/// each pushed 3-30 s later, 15 % extended once (the update acknowledged 3-30 s later), stays of 15-180
/// minutes, retention 60 minutes, pruning and maintenance each minute as the sync worker does, and
/// maintenance after every acknowledgement. Seeded, so every run is the same.
/// </summary>
public static class RealisticDays
{
    public const int SalesPerDay = 2000;
    private const long Minute = 60_000;
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Runs <paramref name="days"/> days on the store; returns the sales made.</summary>
    public static int Run(SimulatedLittleFs fs, int days, int seed = 7)
    {
        var random = new Random(seed);
        var journal = new PermitJournal(fs, new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 2000, 60), "L4-0001");
        journal.Mount();
        var events = new PriorityQueue<Action, long>();
        int sales = 0;
        for (int day = 0; day < days; day++)
        {
            long opens = Start + day * 24 * 60 * Minute + 7 * 60 * Minute;
            for (int i = 0; i < SalesPerDay; i++)
            {
                long at = opens + (long)(random.NextDouble() * 14 * 60 * Minute);
                long stay = (15 + random.Next(166)) * Minute;
                bool extend = random.NextDouble() < 0.15;
                long ackAfter = 3000 + random.Next(27_000);
                long updateAfter = 3000 + random.Next(27_000);
                double extendAt = 0.3 + random.NextDouble() * 0.6;
                long extra = (15 + random.Next(46)) * Minute;
                events.Enqueue(() =>
                {
                    if (!journal.CanSell(out _))
                    {
                        // The worker squeezes within a second of the flash running short; then the motorist tries again.
                        journal.Maintain();
                        if (!journal.CanSell(out var why))
                        {
                            throw new InvalidOperationException($"sale refused ({why}) with {journal.Count} permits held, {journal.FileCount} files, estimate {journal.EstimatedFlashBytes}, littlefs free blocks {fs.Flash.FreeBlocks}, pairs {fs.Flash.PairsOf(SimulatedLittleFs.Folder)}");
                        }
                    }

                    var sale = journal.CommitSale("P" + (sales++ % 100000).ToString("D5"), "Lot 4", "CAD", at, at, at + stay, 200 + (int)(stay / Minute), 0);
                    events.Enqueue(() => Acknowledge(journal, sale.Seq), at + ackAfter);
                    if (extend)
                    {
                        long when = at + (long)(stay * extendAt);
                        events.Enqueue(() =>
                        {
                            var extended = journal.CommitAddedTime(sale.Seq, at + stay + extra, 100);
                            events.Enqueue(() =>
                            {
                                journal.RecordUpdated(sale.Seq, extended.EndUtcMs, extended.AmountCents);
                                journal.Maintain();
                            }, when + updateAfter);
                        }, when);
                    }
                }, at);
            }

            for (long minute = 0; minute < 24 * 60; minute++)
            {
                long now = Start + day * 24 * 60 * Minute + minute * Minute;
                events.Enqueue(() =>
                {
                    journal.Prune(now);
                    journal.Maintain();
                }, now);
            }
        }

        while (events.TryDequeue(out var next, out _))
        {
            next();
        }

        return sales;
    }

    private static void Acknowledge(PermitJournal journal, int seq)
    {
        journal.RecordPushed(seq, Guid.NewGuid().ToString());
        journal.Maintain();
    }
}
