using System;
using System.IO;
using Meter.Host.Storage;
using Xunit;

namespace Meter.Host.Tests.Storage;

public sealed class FolderFileStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "meter-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_Read_Rename_Delete_OnARealFolder()
    {
        var store = new FolderFileStore(_folder);

        store.Write("00000001.jnl", new byte[] { 9, 8, 7, 6 }, 3);
        store.Rename("00000001.jnl", "00000002.jnl");

        Assert.Equal(new[] { "00000002.jnl" }, store.List());
        Assert.Equal(new byte[] { 9, 8, 7 }, store.Read("00000002.jnl", 1024));
        Assert.Null(store.Read("00000001.jnl", 1024));
        store.Delete("00000002.jnl");
        store.Delete("00000002.jnl");
        Assert.Empty(store.List());
    }

    [Fact]
    public void Write_ExistingName_AndRenameOntoExisting_AreRefused()
    {
        var store = new FolderFileStore(_folder);
        store.Write("a", new byte[] { 1 }, 1);
        store.Write("b", new byte[] { 2 }, 1);

        Assert.Throws<IOException>(() => store.Write("a", new byte[] { 3 }, 1));
        Assert.Throws<IOException>(() => store.Rename("a", "b"));
        Assert.Equal(new byte[] { 1 }, store.Read("a", 1024));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("sub/file")]
    [InlineData("")]
    public void Names_ThatAreNotPlainFileNames_AreRefused(string name)
    {
        var store = new FolderFileStore(_folder);

        Assert.Throws<ArgumentException>(() => store.Write(name, new byte[] { 1 }, 1));
    }

    [Fact]
    public void Read_AboveTheCap_Throws_WithoutReadingIt()
    {
        var store = new FolderFileStore(_folder);
        store.Write("big", new byte[100], 100);

        Assert.Contains("100 bytes", Assert.Throws<IOException>(() => store.Read("big", 99)).Message);
        Assert.Equal(100, store.Read("big", 100)!.Length);
    }

    [Fact]
    public void PoweredStore_AfterTheCut_RefusesEveryOperation_WhileANewSwitchOnTheFolderWorks()
    {
        var old = new PoweredFileStore(new FolderFileStore(_folder));
        old.Write("a", new byte[] { 1 }, 1);

        old.CutPower();

        Assert.Throws<PowerCutException>(() => old.Write("b", new byte[] { 2 }, 1));
        Assert.Throws<PowerCutException>(() => old.List());
        var fresh = new PoweredFileStore(new FolderFileStore(_folder));
        Assert.Equal(new[] { "a" }, fresh.List());
    }
}
