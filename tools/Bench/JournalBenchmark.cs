using Meter.Core;
using System.Diagnostics;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Host.Storage;
using Meter.Core.Diagnostics;

namespace Meter.Bench;

/// <summary>
/// journal: flash cost of the permit lifecycle on the littlefs cost model (bytes programmed, erases, the
/// hottest block over 30 realistic days on the device's partition), recovery time, offline capacity on
/// the partition, and RAM per permit (.NET, and nanoFramework's heap by its block model).
/// </summary>
public sealed class JournalBenchmark : IBenchmark
{
    private const int Permits = 2000;
    private const int LifecycleBlocks = 32;
    private const int EraseCycles = 100_000;
    private const int Days = 30;
    private static readonly long Start = new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public string Name => "journal";

    public void Run(Report report)
    {
        var lifecycle = Lifecycle(Coins.None);
        report.Figure("journal.write_amplification", lifecycle.BytesPerPermit / lifecycle.RecordBytes, "x");
        report.Figure("journal.bytes_per_permit", lifecycle.BytesPerPermit, "bytes");
        report.Figure("journal.ops_per_permit", lifecycle.OpsPerPermit, "ops");
        report.Figure("journal.programmed_per_permit", lifecycle.ProgrammedPerPermit, "bytes");
        report.Figure("journal.erases_per_permit", lifecycle.ErasesPerPermit, "erases");
        var credit = Lifecycle(Coins.CreditOnly);
        var audited = Lifecycle(Coins.Audited);
        report.Figure("journal.programmed_per_permit_credit", credit.ProgrammedPerPermit, "bytes");
        report.Figure("journal.erases_per_permit_credit", credit.ErasesPerPermit, "erases");
        report.Figure("journal.programmed_per_permit_audited", audited.ProgrammedPerPermit, "bytes");
        report.Figure("journal.erases_per_permit_audited", audited.ErasesPerPermit, "erases");
        report.Figure("journal.audit_overhead", (audited.ProgrammedPerPermit / credit.ProgrammedPerPermit - 1) * 100, "%");
        report.Figure("journal.recovery_ms_2000", RecoveryMs(), "ms");
        report.Figure("journal.capacity_records_offline", CapacityOffline(), "records");
        DeviceFigures(report);
        report.Figure("journal.nano_heap_bytes_per_permit", JournalHeap.NanoBytesPerPermit(), "bytes");
        report.Figure("journal.nano_heap_bytes_boot_0", JournalHeap.NanoBootBytes(0), "bytes");
        report.Figure("journal.nano_heap_bytes_boot_1000", JournalHeap.NanoBootBytes(1000), "bytes");
        report.Figure("journal.ram_bytes_per_permit", JournalHeap.DotNetBytesPerPermit(), "bytes");
    }

    // The meter as built (ring and audit in FRAM, batches in flash), sales paid with coins: on the device's call sequence
    // (nanoFramework over esp_littlefs, every open a commit) as journal.device.*, and on plain littlefs under the names
    // these figures had before the device's sequence was modelled.
    private static void DeviceFigures(Report report)
    {
        var lifecycle = Lifecycle(Coins.Audited, LittleFsStack.Device, fram: true);
        report.Figure("journal.device.programmed_per_permit", lifecycle.ProgrammedPerPermit, "bytes");
        report.Figure("journal.device.erases_per_permit", lifecycle.ErasesPerPermit, "erases");
        foreach (var stack in new[] { LittleFsStack.Device, LittleFsStack.Plain })
        {
            string prefix = stack == LittleFsStack.Device ? "journal.device." : "journal.";
            var partition = SimulatedLittleFs.Partition(stack: stack);
            int sales = RealisticDays.Run(partition, Days, coins: true, fram: true);
            Traces.Save(partition, "days-" + stack.ToString().ToLowerInvariant());
            double perBlockPerDay = (double)partition.Flash.Erases / partition.Flash.BlockCount / Days;
            report.Figure(prefix + "day_programmed_per_permit", (double)partition.Flash.ProgrammedBytes / sales, "bytes");
            report.Figure(prefix + "day_erases_per_permit", (double)partition.Flash.Erases / sales, "erases");
            report.Figure(prefix + "day_data_erases_per_permit", (double)partition.Flash.DataBlockErases / sales, "erases");
            report.Figure(prefix + "hottest_block_erases", partition.Flash.HottestBlockErases, "erases");
            report.Figure(prefix + "life_years", EraseCycles / perBlockPerDay / 365, "years");
            report.Figure(prefix + "life_years_hottest", EraseCycles / ((double)partition.Flash.HottestBlockErases / Days) / 365, "years");
        }

        var (offline, offlineFram) = DeviceFlash.Offline();
        Traces.Save(offline, "offline-1000");
        report.Figure("journal.device.boot_programmed_bytes", DeviceFlash.BootProgrammedBytes(offline, offlineFram), "bytes");
        Traces.Save(offline, "offline-1000-boot");
        report.Figure("journal.device.outage_programmed_per_hour", DeviceFlash.OutageProgrammedPerHour(offline, offlineFram), "bytes");
        Traces.Save(offline, "offline-1000-boot-outage");
    }

    // How the bench's sales are paid: not at all (the journal alone), or with three coins whose credit is kept in
    // flash as each goes in, alone (the meter before the cash audit) or with the audit's totals (AuditLedger).
    private enum Coins
    {
        None,
        CreditOnly,
        Audited,
    }

    private static readonly long[] SaleCoins = { 100, 100, 150 };

    // The bench lifecycle: a sale a minute, each pushed at once, 30-minute permits, pruned as they end,
    // the worker's maintenance after each acknowledgement; 32 blocks of littlefs.
    private static (double BytesPerPermit, double OpsPerPermit, double ProgrammedPerPermit, double ErasesPerPermit, double RecordBytes) Lifecycle(Coins coins, LittleFsStack stack = LittleFsStack.Plain, bool fram = false)
    {
        var fs = new SimulatedLittleFs(blockCount: LifecycleBlocks, stack: stack);
        long programmed = fs.Flash.ProgrammedBytes;
        long erases = fs.Flash.Erases;
        // The folder never nears 32 blocks here (few permits stay): littlefs itself would refuse if it did.
        var settings = new JournalSettings(4 << 20, 5000, 0);
        var journal = MeterAssembly.OpenJournal(fs, fram ? new MemoryFram() : null, settings, "L4-0001");
        journal.Mount();
        var ledger = new AuditLedger(journal, RepositoryPaths.CommittedConfig(), new MeterLog(8));
        ledger.RecoverAtBoot(Start);
        int recordBytes = 0;
        for (int i = 1; i <= Permits; i++)
        {
            long now = Start + i * 60_000L;
            string plate = "ABC" + (i % 1000).ToString("D3") + "X";
            long end = now + 30 * 60_000;
            Pay(coins, journal, ledger, plate, now, end);
            var sale = journal.CommitSale(plate, "Lot 4", "CAD", now, now, end, 350, 0);
            ledger.Recorded(new PendingCredit(0, plate, now, now, end, 350, 0, false), false);
            journal.RecordPushed(sale.Seq, Guid.NewGuid().ToString());
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

        Traces.Save(fs, "lifecycle-" + coins.ToString().ToLowerInvariant() + "-" + stack.ToString().ToLowerInvariant() + (fram ? "-fram" : ""));
        return ((double)fs.BytesWritten / Permits, (double)fs.Operations / Permits, (double)(fs.Flash.ProgrammedBytes - programmed) / Permits,
            (double)(fs.Flash.Erases - erases) / Permits, recordBytes);
    }

    private static void Pay(Coins coins, PermitJournal journal, AuditLedger ledger, string plate, long now, long end)
    {
        long credit = 0;
        foreach (long coin in SaleCoins)
        {
            credit += coin;
            if (coins == Coins.CreditOnly)
            {
                journal.SaveAudit(null!, new PendingCredit(0, plate, now, now, end, credit, 0, false));
            }
            else if (coins == Coins.Audited)
            {
                ledger.Coin(coin, new PendingCredit(0, plate, now, now, end, credit, 0, false), false, now);
            }
        }
    }

    private static double RecoveryMs()
    {
        var fs = new SimulatedLittleFs();
        var journal = MeterAssembly.OpenJournal(fs, null, new JournalSettings(4 * 1024 * 1024, 5000, 60), "L4-0001");
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
            var again = MeterAssembly.OpenJournal(fs, null, new JournalSettings(4 * 1024 * 1024, 5000, 60), "L4-0001");
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

    // Offline on the device's partition (the other files in place, the committed capacity, the ring and the audit in
    // FRAM, a collection made): paid sales pile up unsent until the journal refuses; littlefs itself must never run out
    // first (the model would throw).
    private static int CapacityOffline()
    {
        var fs = SimulatedLittleFs.Partition();
        var journal = MeterAssembly.OpenJournal(fs, new MemoryFram(), new JournalSettings(JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 100_000, 60), "L4-0001");
        journal.Mount();
        var ledger = new AuditLedger(journal, RepositoryPaths.CommittedConfig(), new MeterLog(8));
        ledger.RecoverAtBoot(Start);
        ledger.Collect(Start, out _);
        int sold = 0;
        while (journal.CanSell(out _))
        {
            long now = Start + sold * 1000L;
            string plate = "ABC" + (sold % 10000).ToString("D4");
            Pay(Coins.Audited, journal, ledger, plate, now, now + 3_600_000);
            journal.CommitSale(plate, "Lot 4", "CAD", now, now, now + 3_600_000, 350, 0);
            ledger.Recorded(new PendingCredit(0, plate, now, now, now + 3_600_000, 350, 0, false), false);
            sold++;
            // The worker's maintenance between sales, squeezing when flash runs short.
            journal.Maintain();
        }

        return sold;
    }
}
