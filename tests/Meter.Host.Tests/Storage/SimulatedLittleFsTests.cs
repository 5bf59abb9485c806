using System.IO;
using System.Linq;
using Meter.Host.Storage;
using Xunit;

namespace Meter.Host.Tests.Storage;

public class SimulatedLittleFsTests
{
    [Fact]
    public void Write_ThenRename_ThenDelete_AreTracedOneOperationALine()
    {
        var fs = new SimulatedLittleFs();

        fs.Write("a.jnl", new byte[] { 1, 2, 3, 4 }, 3);
        fs.Rename("a.jnl", "b.jnl");
        fs.Delete("b.jnl");

        Assert.Equal(new[] { "write a.jnl 3", "rename a.jnl b.jnl", "delete b.jnl" }, fs.Trace);
        Assert.Equal(3, fs.Operations);
        Assert.Equal(3, fs.BytesWritten);
        Assert.Empty(fs.List());
        string path = Path.GetTempFileName();
        fs.SaveTrace(path);
        Assert.Equal(fs.Trace, File.ReadAllLines(path));
    }

    [Fact]
    public void Read_OnTheDevicesStack_IsACommit_AndTraced_OnPlainLittleFsFree()
    {
        var device = new SimulatedLittleFs();
        var plain = new SimulatedLittleFs(stack: LittleFsStack.Plain);
        foreach (var fs in new[] { device, plain })
        {
            fs.Write("a.jnl", new byte[100], 100);
        }

        long deviceBefore = device.Flash.ProgrammedBytes;
        long plainBefore = plain.Flash.ProgrammedBytes;
        device.Read("a.jnl", 1000);
        plain.Read("a.jnl", 1000);
        device.Read("missing.jnl", 1000);

        Assert.Equal(256, device.Flash.ProgrammedBytes - deviceBefore);
        Assert.Equal(0, plain.Flash.ProgrammedBytes - plainBefore);
        Assert.Equal(new[] { "write a.jnl 100", "read a.jnl" }, device.Trace);
        Assert.Equal(1, device.Reads);
    }

    [Fact]
    public void Files_AreSpreadOverTheFoldersSubfolders_ByName()
    {
        var fs = new SimulatedLittleFs();

        for (int i = 0; i < 40; i++)
        {
            fs.Write($"{i:D8}.jnl", new byte[] { 1 }, 1);
        }

        var used = Enumerable.Range(0, 40).Select(i => SimulatedLittleFs.DirectoryOf($"{i:D8}.jnl")).Distinct().OrderBy(d => d).ToArray();
        Assert.Equal(new[] { "journal/s0", "journal/s1", "journal/s2", "journal/s3" }, used);
        Assert.All(used, dir => Assert.Equal(1, fs.Flash.PairsOf(dir)));
    }

    [Fact]
    public void Rename_OntoAnExistingFile_IsRefused_LikeNanoFrameworksFileMove()
    {
        var fs = new SimulatedLittleFs();
        fs.Write("a", new byte[] { 1 }, 1);
        fs.Write("b", new byte[] { 2 }, 1);

        Assert.Throws<IOException>(() => fs.Rename("a", "b"));
        Assert.Equal(new byte[] { 2 }, fs.Peek("b"));
    }

    [Fact]
    public void PowerCut_LosesTheOperationInFlight_AndRefusesEverythingUntilRemount()
    {
        var fs = new SimulatedLittleFs();
        fs.Write("a", new byte[] { 1 }, 1);
        fs.CutPowerAtOperation(1);
        fs.Write("b", new byte[] { 2 }, 1);

        Assert.Throws<PowerCutException>(() => fs.Delete("a"));
        Assert.Throws<PowerCutException>(() => fs.List());
        fs.Remount();
        Assert.Equal(new[] { "a", "b" }, fs.List());
    }

    [Fact]
    public void PowerCut_InTornMode_KeepsOnlyAPrefixOfTheWrite()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var fs = new SimulatedLittleFs(seed) { TornWrites = true };
            fs.CutPowerAtOperation(0);

            Assert.Throws<PowerCutException>(() => fs.Write("a", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 8));
            fs.Remount();

            byte[] kept = fs.Peek("a")!;
            Assert.True(kept.Length < 8);
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }.Take(kept.Length), kept);
        }
    }

    [Fact]
    public void EveryOperation_IsCostedOnTheLittleFsModel_InTheJournalFolder()
    {
        var fs = new SimulatedLittleFs();
        long before = fs.Flash.ProgrammedBytes;

        fs.Write("a", new byte[70], 70);
        fs.Rename("a", "b");
        fs.Delete("b");

        Assert.True(fs.Flash.ProgrammedBytes - before >= 4 * LittleFsCostModel.ProgSize);
        Assert.Equal(1, fs.Flash.PairsOf(SimulatedLittleFs.Folder));
    }

    [Fact]
    public void FullPartition_RefusesTheWrite_ChangingNothing()
    {
        var fs = SimulatedLittleFs.Partition();
        int written = 0;
        var error = Assert.Throws<IOException>(() =>
        {
            for (; written < 1000; written++)
            {
                fs.Write($"big{written:D4}", new byte[4000], 4000);
            }
        });

        Assert.Contains("NOSPC", error.Message);
        Assert.Equal(written, fs.List().Length);
        fs.Delete("big0000");
        fs.Write("big9999", new byte[4000], 4000);
    }

    [Fact]
    public void EmptyFileOnCut_AWriteCutBeforeClose_LeavesAZeroByteFile()
    {
        var fs = new SimulatedLittleFs { EmptyFileOnCut = true };
        fs.CutPowerAtOperation(0);

        Assert.Throws<PowerCutException>(() => fs.Write("a", new byte[] { 1, 2, 3 }, 3));
        fs.Remount();

        Assert.Equal(System.Array.Empty<byte>(), fs.Peek("a"));
    }

    [Fact]
    public void FailOperation_FailsThatOneAlone_ChangingNothing_AndThePowerStaysOn()
    {
        var fs = new SimulatedLittleFs();
        fs.Write("a", new byte[] { 1 }, 1);
        fs.FailOperation(0);

        var error = Assert.Throws<IOException>(() => fs.Write("b", new byte[] { 2 }, 1));
        fs.Write("c", new byte[] { 3 }, 1);

        Assert.IsNotType<PowerCutException>(error);
        Assert.Equal(new[] { "a", "c" }, fs.List());
    }

    [Fact]
    public void Read_OfABadFile_OrAboveTheCap_Throws_WithoutReadingIt()
    {
        var fs = new SimulatedLittleFs();
        fs.Write("bad", new byte[] { 1 }, 1);
        fs.Write("big", new byte[100], 100);
        fs.FailReadsOf("bad");

        Assert.Throws<IOException>(() => fs.Read("bad", 10));
        Assert.Contains("100 bytes", Assert.Throws<IOException>(() => fs.Read("big", 99)).Message);
        Assert.Equal(100, fs.Read("big", 100)!.Length);
        Assert.Null(fs.Read("missing", 10));
    }
}
