using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Meter.Core.NanoCompat;

/// <summary>
/// The core's folders form layers: no folder uses a type declared in a folder that uses one of its own back. Read
/// from the sources (every type the core declares, and where each file names one), so a cycle fails here with the
/// types that make it.
/// </summary>
public class FolderDependencyTests
{
    [Fact]
    public void NoTwoFoldersOfTheCore_UseEachOther()
    {
        var files = Directory.GetFiles(RepositoryFiles.CoreFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .ToDictionary(f => f, f => Code(File.ReadAllText(f)));
        var declaredIn = new Dictionary<string, string>();
        foreach (var (file, code) in files)
        {
            foreach (Match type in Regex.Matches(code, @"\b(?:class|interface|enum|struct)\s+(\w+)"))
            {
                declaredIn.TryAdd(type.Groups[1].Value, FolderOf(file));
            }
        }

        var uses = new Dictionary<(string From, string To), SortedSet<string>>();
        foreach (var (file, code) in files)
        {
            string from = FolderOf(file);
            foreach (var (type, to) in declaredIn.Where(t => t.Value != from && Regex.IsMatch(code, @"\b" + t.Key + @"\b")))
            {
                (uses.TryGetValue((from, to), out var names) ? names : uses[(from, to)] = new SortedSet<string>()).Add(type);
            }
        }

        var cycles = uses.Keys.Where(k => string.CompareOrdinal(k.From, k.To) < 0 && uses.ContainsKey((k.To, k.From)))
            .Select(k => $"{k.From} uses {k.To} ({string.Join(", ", uses[k])}) and {k.To} uses {k.From} ({string.Join(", ", uses[(k.To, k.From)])})")
            .ToList();
        Assert.True(uses.Count > 20, "the scan found too few dependencies to mean anything: " + uses.Count);
        Assert.Empty(cycles);
    }

    private static string FolderOf(string file)
    {
        string relative = Path.GetRelativePath(RepositoryFiles.CoreFolder, Path.GetDirectoryName(file)!);
        return relative == "." ? "(root)" : relative.Split(Path.DirectorySeparatorChar)[0];
    }

    // Comments and string literals removed: a type named in a sentence is no dependency.
    private static string Code(string source) =>
        Regex.Replace(Regex.Replace(source, @"//.*", ""), "\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
}
