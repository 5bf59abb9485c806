using System;
using Meter.Core.Journal;
using Meter.Host.Storage;

namespace Meter.Core.Tests.Journal;

/// <summary>Journals on a simulated littlefs, and sales with plausible values.</summary>
public static class JournalKit
{
    public const string MeterId = "M7";
    public static readonly long Now = new DateTimeOffset(2026, 7, 6, 14, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Settings for tests; a small ring (8 files, folding at 6) so short workloads reuse ring files and fold batches.</summary>
    public static JournalSettings Settings(int capacityBytes = 245760, int capacityRecords = 5000, int retentionMinutes = 60, int ringFiles = RingFiles) =>
        new JournalSettings(capacityBytes, capacityRecords, retentionMinutes).WithRingFiles(ringFiles);

    public const int RingFiles = 8;

    public static PermitJournal Mounted(SimulatedLittleFs fs, JournalSettings? settings = null)
    {
        var journal = new PermitJournal(fs, settings ?? Settings(), MeterId);
        journal.Mount();
        return journal;
    }

    public static PermitRecord Sell(PermitJournal journal, int i, long now = 0)
    {
        long sold = (now == 0 ? Now : now) + i * 1000L;
        return journal.CommitSale("PL" + i.ToString("D4"), "Lot 4", "CAD", sold, sold, sold + 3_600_000, 200 + i, 0);
    }
}
