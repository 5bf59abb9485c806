using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Meter.Host.Storage;
using Xunit;

namespace Meter.Host.Tests.Storage;

/// <summary>
/// The cost model against what littlefs 2.11 itself programmed and erased (measured by replaying the same
/// operations on the real library with nanoFramework's ESP32 configuration), in both call sequences: the
/// device's (nanoFramework over esp_littlefs, every open a commit) and plain littlefs's; and against cases
/// computed by hand.
/// </summary>
public class LittleFsCostModelTests
{
    private const string Dir = "journal";

    [Fact]
    public void RecordedJournalLifecycle_CostsWhatRealLittleFsMeasured_Within15Percent()
    {
        // The journal benchmark's lifecycle (2,000 permits) as the journal wrote it at 5a1faa9, replayed on
        // 32 blocks; real littlefs: 1,297 bytes programmed and 0.473 erases per permit.
        var model = Replay(32, Trace("lifecycle-5a1faa9.trace.gz"), out long programmed, out long erases, LittleFsStack.Plain);

        Assert.InRange(programmed / 2000.0, 1297 * 0.85, 1297 * 1.15);
        Assert.InRange(erases / 2000.0, 0.473 * 0.85, 0.473 * 1.15);
        Assert.Equal(1, model.PairsOf(Dir));
    }

    [Theory]
    [InlineData("create", 440, 0.155)]
    [InlineData("create-then-delete", 384, 0.175)]
    [InlineData("rewrite", 129, 0.030)]
    [InlineData("rewrite-2000", 2188, 1.035)]
    public void SingleOperations_CostWhatRealLittleFsMeasured_Within15Percent(string operation, double bytes, double erasesPerOperation)
    {
        // 200 operations in one folder on 64 blocks, averaged, as measured on littlefs 2.11.
        var lines = Enumerable.Range(0, 200).SelectMany(i => operation switch
        {
            "create" => new[] { $"write f{i:D5}.jnl 70" },
            "create-then-delete" => new[] { $"write f{i:D5}.jnl 70", $"delete f{i:D5}.jnl" },
            "rewrite" => new[] { "write same.jnl 70" },
            _ => new[] { "write same.jnl 2000" },
        }).ToArray();
        if (operation.StartsWith("rewrite", StringComparison.Ordinal))
        {
            lines = lines.Prepend(lines[0]).ToArray();
        }

        Replay(64, lines, out long programmed, out long erases, LittleFsStack.Plain);

        Assert.InRange(programmed / 200.0, bytes * 0.85, bytes * 1.15);
        Assert.InRange(erases / 200.0, erasesPerOperation * 0.85, erasesPerOperation * 1.15);
    }

    // Real littlefs v2.11.2 replaying each trace with the device's call sequence (every open r+ or w+ and synced at once,
    // the mtime attribute on every file), on a RAM block device counting programs and erases (see the README).
    [Theory]
    [InlineData("lifecycle-none-device", 32, false, false, 2000, 877.2, 0.3295, 30)]
    [InlineData("days3-nocoins-flash-only", 64, true, false, 6000, 1855.1, 0.5373, 134)]
    [InlineData("days30-fram", 64, true, true, 60000, 164.1, 0.0551, 105)]
    public void DeviceMode_RecordedTraces_CostWhatRealLittleFsMeasured_Within15Percent(string trace, int blocks, bool partition, bool spread,
        int permits, double bytesPerPermit, double erasesPerPermit, long hottestBlockErases)
    {
        var model = ReplayOnPartition(blocks, partition, spread, Trace(trace + ".trace.gz"), out long programmed, out long erases);

        Assert.InRange(programmed / (double)permits, bytesPerPermit * 0.85, bytesPerPermit * 1.15);
        Assert.InRange(erases / (double)permits, erasesPerPermit * 0.85, erasesPerPermit * 1.15);
        Assert.InRange(model.HottestBlockErases, hottestBlockErases * 0.85, hottestBlockErases * 1.15);
    }

    [Fact]
    public void DeviceMode_BootOfAThousandPermits_ProgramsWhatRealLittleFsMeasured()
    {
        // 1,000 permits in 20 batch files (the ring in FRAM): the boot opens each once, 2,560 bytes on real littlefs.
        ReplayOnPartition(64, true, true, Trace("offline-1000-boot.trace.gz"), out long programmed, out _);

        Assert.InRange(programmed, 2560 * 0.85, 2560 * 1.15);
    }

    [Theory]
    [InlineData("replace", 512, 0.125)]
    [InlineData("read", 256, 0.060)]
    [InlineData("create", 888, 0.295)]
    public void DeviceMode_SingleOperationsOnA120ByteFile_CostWhatRealLittleFsMeasured_Within15Percent(string operation, double bytes, double erasesPerOperation)
    {
        var model = Fresh(64);
        model.Write(Dir, "same.jnl", 120);
        long programmed = model.ProgrammedBytes;
        long erases = model.Erases;
        for (int i = 0; i < 200; i++)
        {
            switch (operation)
            {
                case "replace": model.Write(Dir, "same.jnl", 120); break;
                case "read": model.Read(Dir, "same.jnl"); break;
                default: model.Write(Dir, $"f{i:D5}.jnl", 120); break;
            }
        }

        Assert.InRange((model.ProgrammedBytes - programmed) / 200.0, bytes * 0.85, bytes * 1.15);
        Assert.InRange((model.Erases - erases) / 200.0, erasesPerOperation * 0.85, erasesPerOperation * 1.15);
    }

    [Fact]
    public void DeviceMode_AReadIsACommit_AndARewriteTwo_WherePlainLittleFsCommitsNoneAndOne()
    {
        var device = Fresh(64);
        var plain = Fresh(64, LittleFsStack.Plain);
        foreach (var model in new[] { device, plain })
        {
            model.Write(Dir, "keep.jnl", 70);
        }

        long deviceBefore = device.ProgrammedBytes;
        long plainBefore = plain.ProgrammedBytes;
        device.Read(Dir, "keep.jnl");
        plain.Read(Dir, "keep.jnl");
        Assert.Equal((128L, 0L), (device.ProgrammedBytes - deviceBefore, plain.ProgrammedBytes - plainBefore));

        device.Write(Dir, "keep.jnl", 70);
        plain.Write(Dir, "keep.jnl", 70);
        // The sync at open commits the old content and the attribute (4 + 70 + 4 + 8 + 20 = 106: one program unit), the close the new.
        Assert.Equal((384L, 128L), (device.ProgrammedBytes - deviceBefore, plain.ProgrammedBytes - plainBefore));
    }

    [Fact]
    public void OneCreate_IsTwoCommitsOfOneProgramUnit_AndARewriteIsOne()
    {
        var model = Fresh(64, LittleFsStack.Plain);
        long before = model.ProgrammedBytes;

        model.Write(Dir, "00000001.jnl", 70);
        long create = model.ProgrammedBytes - before;
        model.Write(Dir, "00000001.jnl", 70);
        long rewrite = model.ProgrammedBytes - before - create;

        // Open: create + name + empty struct tags (24 + 12 bytes) and 20 bytes of CRC, padded to 128;
        // close: 4 + 70 inline bytes + the 12-byte mtime attribute + CRC = 106, padded to 128.
        Assert.Equal((256L, 128L), (create, rewrite));
        Assert.Equal(0, model.Erases - 2);
    }

    [Fact]
    public void AFullMetadataBlock_IsCompacted_IntoTheOtherBlockOfItsPair()
    {
        var model = Fresh(64, LittleFsStack.Plain);
        model.Write(Dir, "keep.jnl", 70);
        long erases = model.Erases;
        // The pair's block holds the mkdir compaction (128) and the create (256): 29 rewrites of 128 bytes
        // fill it to 4,096; the 30th no longer fits.
        for (int i = 0; i < 29; i++)
        {
            model.Write(Dir, "keep.jnl", 70);
        }

        Assert.Equal(erases, model.Erases);
        long before = model.ProgrammedBytes;
        model.Write(Dir, "keep.jnl", 70);

        // Revision 4 + entry (4 + 8 name + 4 + 70 inline + 12 attribute) + CRC 20 = 122: one program unit.
        Assert.Equal(erases + 1, model.Erases);
        Assert.Equal(128, model.ProgrammedBytes - before);
    }

    [Fact]
    public void OverHalfABlockOfEntries_SplitsIntoANewPair_ThatStaysWhileItHoldsAnything()
    {
        var model = Fresh(64);
        // Each 400-byte inline file is 428 bytes of live metadata: five are over half a block.
        for (int i = 0; i < 12; i++)
        {
            model.Write(Dir, $"f{i:D2}.jnl", 400);
        }

        int pairs = model.PairsOf(Dir);
        Assert.True(pairs >= 2, "pairs: " + pairs);
        for (int i = 0; i < 11; i++)
        {
            model.Delete(Dir, $"f{i:D2}.jnl");
        }

        Assert.True(model.PairsOf(Dir) < pairs, "emptied pairs are dropped");
    }

    [Fact]
    public void FillingTheDisk_ThrowsNoSpace()
    {
        var model = Fresh(8);

        var error = Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                model.Write(Dir, $"big{i:D3}.bin", 4000);
            }
        });

        Assert.Contains("NOSPC", error.Message);
    }

    private static LittleFsCostModel Fresh(int blocks, LittleFsStack stack = LittleFsStack.Device)
    {
        var model = new LittleFsCostModel(blocks, stack);
        model.MakeDirectory(Dir);
        return model;
    }

    // A device-mode replay on the partition as SimulatedLittleFs lays it out (the other files first), with the journal's
    // files in one folder or spread over its subfolders; what is counted starts after a "mark" line, if any.
    private static LittleFsCostModel ReplayOnPartition(int blocks, bool partition, bool spread, string[] lines, out long programmed, out long erases)
    {
        var fs = new SimulatedLittleFs(blockCount: blocks, partitionFiles: partition);
        var model = spread ? fs.Flash : Fresh(blocks);
        if (!spread && partition)
        {
            model = new LittleFsCostModel(blocks);
            foreach (var (name, size) in new[] { ("nf.config", 2700), ("secrets.config", 300), ("opscom-root-ca.pem", 1900), ("wireless.cfg", 200) })
            {
                model.Write("", name, size);
            }

            model.MakeDirectory(Dir);
        }

        Func<string, string> dirOf = spread ? SimulatedLittleFs.DirectoryOf : _ => Dir;
        long programmedBefore = model.ProgrammedBytes;
        long erasesBefore = model.Erases;
        foreach (var words in lines.Select(l => l.Split(' ')))
        {
            switch (words[0])
            {
                case "mark": programmedBefore = model.ProgrammedBytes; erasesBefore = model.Erases; break;
                case "write": model.Write(dirOf(words[1]), words[1], int.Parse(words[2])); break;
                case "read": model.Read(dirOf(words[1]), words[1]); break;
                case "rename": model.Rename(dirOf(words[1]), words[1], dirOf(words[2]), words[2]); break;
                case "delete": model.Delete(dirOf(words[1]), words[1]); break;
            }
        }

        programmed = model.ProgrammedBytes - programmedBefore;
        erases = model.Erases - erasesBefore;
        return model;
    }

    private static LittleFsCostModel Replay(int blocks, string[] lines, out long programmed, out long erases, LittleFsStack stack)
    {
        var model = Fresh(blocks, stack);
        long programmedBefore = model.ProgrammedBytes;
        long erasesBefore = model.Erases;
        foreach (var words in lines.Select(l => l.Split(' ')))
        {
            switch (words[0])
            {
                case "write": model.Write(Dir, words[1], int.Parse(words[2])); break;
                case "rename": model.Rename(Dir, words[1], words[2]); break;
                case "delete": model.Delete(Dir, words[1]); break;
            }
        }

        programmed = model.ProgrammedBytes - programmedBefore;
        erases = model.Erases - erasesBefore;
        return model;
    }

    private static string[] Trace(string name)
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", name));
        using var unzipped = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
