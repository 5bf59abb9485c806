using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Meter.Core.Journal;
using Meter.Core.Storage;
using Xunit;

namespace Meter.Core.Tests.Journal;

/// <summary>The journal's format document beside its code (firmware/Meter.Core/Journal/README.md) says what the code does.</summary>
public class JournalReadmeTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Readme = File.ReadAllText(Path.Combine(Root, "firmware", "Meter.Core", "Journal", "README.md"));

    [Fact]
    public void TheNumbersItAnchors_AreTheCodesConstants()
    {
        int last = FramJournalStore.RingFiles - 1;
        Assert.Contains($"`r000.jnl`-`r{last:D3}.jnl` ⚓ ({FramJournalStore.RingFiles} slots of {FramJournalStore.RingFileBytes} bytes ⚓)", Readme);
        Assert.Contains("partition of " + JournalSettings.DefaultPartitionBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes ⚓", Readme);
        Assert.Contains($"over {FolderSpread.Subfolders} ⚓ subfolders", Readme);
        Assert.Contains($"with {JournalSettings.DefaultRingFiles} ⚓ ring files", Readme);
        Assert.Contains("up to " + PermitJournal.MaximumFileBytes.ToString("N0", CultureInfo.InvariantCulture) + " ⚓ bytes", Readme);
        Assert.Equal(7, Regex.Matches(Readme, "⚓").Count); // the six above and the one that explains the mark
    }

    [Fact]
    public void EveryTestItNames_Exists()
    {
        string tests = string.Join("\n", Directory.GetFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")).Select(File.ReadAllText));
        var named = Regex.Matches(Readme, @"`(\w+Tests)(?:\.(\w+))?`").Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value)).ToList();

        Assert.True(named.Count > 15, "names found: " + named.Count);
        Assert.All(named, test =>
        {
            Assert.Contains("class " + test.Class, tests);
            if (test.Method.Length > 0)
            {
                Assert.Contains("void " + test.Method + "(", tests);
            }
        });
    }

    [Fact]
    public void TheRootReadme_AgreesOnTheRingAndThePartition()
    {
        string root = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.Contains($"`r000.jnl` to `r{FramJournalStore.RingFiles - 1:D3}.jnl`), a {FramJournalStore.RingFileBytes}-byte slot in FRAM", root);
        Assert.Contains($"`partition_bytes`, default {JournalSettings.DefaultPartitionBytes}", root);
        Assert.Contains("firmware/Meter.Core/Journal/README.md", root);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Meter.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
