using Meter.Core;
using System.IO;
using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

public class FramJournalStoreTests
{
    [Fact]
    public void RingAndAuditFiles_GoToFram_BatchesToFlash()
    {
        var fs = new SimulatedLittleFs();
        var store = new FramJournalStore(fs, new FakeFram());

        store.Replace("r005.jnl", new byte[] { 1 }, 1);
        store.Replace(PermitJournal.AuditFileNames[1], new byte[] { 2 }, 1);
        store.Write("00000042.jnl", new byte[] { 3 }, 1);

        Assert.Equal(new[] { "00000042.jnl" }, fs.List());
        Assert.Equal(new[] { "00000042.jnl", "audit1.dat", "r005.jnl" }, store.List().OrderBy(n => n).ToArray());
        Assert.Equal(new byte[] { 1 }, store.Read("r005.jnl", 10));
    }

    [Fact]
    public void AMeterWhoseRingWasInFlash_KeepsEveryPermit_AndFlashLosesTheRingOnceFramHoldsIt()
    {
        // A journal written all in flash (an older firmware), then mounted with the FRAM store.
        var fs = new SimulatedLittleFs();
        var old = Mounted(fs, Settings());
        for (int i = 1; i <= 5; i++)
        {
            Sell(old, i);
        }

        old.RecordPushed(2, "ref-2");
        var ringInFlash = fs.List().Where(n => n.StartsWith('r')).ToArray();
        var fram = new FakeFram();

        var journal = MeterAssembly.OpenJournal(fs, fram, Settings(), MeterId);
        journal.Mount();

        Assert.Equal(5, journal.Count);
        Assert.Equal("ref-2", journal.Find(2)!.ReferenceId);
        for (int i = 6; i <= 20; i++)
        {
            Sell(journal, i);
        }

        var again = MeterAssembly.OpenJournal(fs, fram, Settings(), MeterId);
        again.Mount();
        Assert.Equal(20, again.Count);
        Assert.Equal("ref-2", again.Find(2)!.ReferenceId);
        Assert.True(ringInFlash.Length > 0);
        Assert.DoesNotContain(fs.List(), n => n.StartsWith('r') && !ringInFlash.Contains(n));
    }

    [Fact]
    public void AChangeLargerThanARingSlot_IsWrittenToFlash_AndReadBack()
    {
        var fs = new SimulatedLittleFs();
        var fram = new FakeFram();
        var journal = MeterAssembly.OpenJournal(fs, fram, Settings(), MeterId);
        journal.Mount();

        // A zone of 200 bytes (the most a zone may have) makes a full entry larger than a 252-byte ring slot.
        var sale = journal.CommitSale("PL0001", new string('Z', 200), "CAD", Now, Now, Now + 3_600_000, 200, 0);

        Assert.Single(fs.List());
        var again = MeterAssembly.OpenJournal(fs, fram, Settings(), MeterId);
        again.Mount();
        Assert.Equal(new string('Z', 200), again.Find(sale.Seq)!.Zone);
    }

    [Fact]
    public void RenamingAFileKeptInFram_IsRefused()
    {
        var store = new FramJournalStore(new SimulatedLittleFs(), new FakeFram());
        store.Replace("r001.jnl", new byte[] { 1 }, 1);

        Assert.Throws<IOException>(() => store.Rename("r001.jnl", "r002.jnl"));
    }
}
