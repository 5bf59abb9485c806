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
    public void Accounting_EstimatesBlockProgramsFromBytesAndMetadataCommits()
    {
        var fs = new SimulatedLittleFs();

        fs.Write("a", new byte[4096 - SimulatedLittleFs.MetadataCommitBytes], 4096 - SimulatedLittleFs.MetadataCommitBytes);

        Assert.Equal(1.0, fs.EstimatedBlockPrograms, 6);
        Assert.Equal(fs.EstimatedBlockPrograms, fs.EstimatedBlockErases);
    }
}
