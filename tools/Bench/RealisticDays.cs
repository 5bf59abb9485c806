using Meter.Core;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Host.Storage;
using Meter.Core.Diagnostics;

namespace Meter.Bench;

/// <summary>
/// A street meter's days, for the journal's flash figures: 2,000 sales a day between 07:00 and 21:00,
/// each pushed 3-30 s later, 15 % extended once (the update acknowledged 3-30 s later), stays of 15-180
/// minutes, retention 60 minutes, pruning and maintenance each minute as the sync worker does, and
/// maintenance after every acknowledgement. With coins, each sale is paid with three coins and each added
/// time with one, counted by the cash audit (<see cref="AuditLedger"/>) as the meter does. Seeded, so every
/// run is the same.
/// </summary>
public static class RealisticDays
{
    public const int SalesPerDay = 2000;
    private const long Minute = 60_000;
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Runs <paramref name="days"/> days on the store (with the ring and audit in FRAM, or all in flash); returns the sales made.</summary>
    public static int Run(SimulatedLittleFs fs, int days, bool coins, bool fram, int seed = 7)
    {
        var random = new Random(seed);
        var settings = new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 2000, 60);
        var journal = MeterAssembly.OpenJournal(fs, fram ? new MemoryFram() : null, settings, "L4-0001");
        journal.Mount();
        var ledger = coins ? new AuditLedger(journal, RepositoryPaths.CommittedConfig(), new MeterLog(8)) : null;
        ledger?.RecoverAtBoot(Start);
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

                    string plate = "P" + (sales++ % 100000).ToString("D5");
                    long price = 200 + (int)(stay / Minute);
                    var paid = Pay(ledger, new PendingCredit(0, plate, at, at, at + stay, price, 0, false), SaleCoins, at);
                    var sale = journal.CommitSale(plate, "Lot 4", "CAD", at, at, at + stay, price, 0);
                    ledger?.Recorded(paid, false);
                    events.Enqueue(() => Acknowledge(journal, sale.Seq), at + ackAfter);
                    if (extend)
                    {
                        long when = at + (long)(stay * extendAt);
                        events.Enqueue(() =>
                        {
                            var added = Pay(ledger, new PendingCredit(sale.Seq, plate, at, at, at + stay + extra, 100, 0, false), AddedTimeCoins, when);
                            var extended = journal.CommitAddedTime(sale.Seq, at + stay + extra, 100);
                            ledger?.Recorded(added, false);
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

    // Three coins for a sale, one for added time: the coins' values only matter to the audit's totals.
    private static readonly long[] SaleCoins = { 100, 100, 200 };
    private static readonly long[] AddedTimeCoins = { 100 };

    // Each coin counted as it goes in, the credit growing toward the sale's price.
    private static PendingCredit Pay(AuditLedger? ledger, PendingCredit sale, long[] coins, long now)
    {
        long credit = 0;
        foreach (long coin in coins)
        {
            credit += coin;
            ledger?.Coin(coin, new PendingCredit(sale.ExtendsSeq, sale.Plate, sale.StartUtcMs, sale.StartUtcMs, sale.EndUtcMs, Math.Min(credit, sale.ChargedCents), 0, false), false, now);
        }

        return sale;
    }

    private static void Acknowledge(PermitJournal journal, int seq)
    {
        journal.RecordPushed(seq, Guid.NewGuid().ToString());
        journal.Maintain();
    }
}
