using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Meter.Core.NanoCompat;

public class NanoCompatTests
{
    [Fact]
    public void CoreSources_CompileAgainstNanoMscorlib_WithoutGenericsOrOtherAssemblies()
    {
        var sources = RepositoryFiles.CoreSources()
            .Select(f => (f, File.ReadAllText(Path.Combine(RepositoryFiles.CoreFolder, f))))
            .ToList();
        Assert.NotEmpty(sources);

        var problems = NanoCompiler.Check(sources);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("generic collection", "using System.Collections.Generic; class C { List<int> L = new List<int>(); }")]
    [InlineData("LINQ", "using System.Linq; class C { int F(int[] a) { return a.Count(); } }")]
    [InlineData("System.Text", "class C { object F() { return new System.Text.StringBuilder(); } }")]
    [InlineData("generic delegate from mscorlib", "class C { System.Action<int> A = x => { }; }")]
    [InlineData("generic method", "class C { static T Id<T>(T x) { return x; } }")]
    [InlineData("generic type", "class Box<T> { public T Value; }")]
    [InlineData("async", "class C { async System.Threading.Tasks.Task F() { } }")]
    [InlineData("record (C# 9 needs IsExternalInit, Equals on EqualityComparer<T>)", "record R(int X);")]
    [InlineData("Math from another package", "class C { double F() { return System.Math.Sqrt(2); } }")]
    public void Gate_RejectsCodeTheDeviceCannotRun(string what, string source)
    {
        var problems = NanoCompiler.Check(new[] { ("Bad.cs", source) });

        Assert.True(problems.Count > 0, "the gate accepted " + what);
    }

    [Fact]
    public void Gate_AcceptsPlainNanoFrameworkCode()
    {
        const string source = "using System.Collections; namespace N { public class C { public int F(ArrayList a) { a.Add(1); return a.Count + \"x\".IndexOf('x'); } } }";

        Assert.Empty(NanoCompiler.Check(new[] { ("Good.cs", source) }));
    }

    [Fact]
    public void BothCoreProjects_CompileExactlyTheCoreSources()
    {
        var sources = RepositoryFiles.CoreSources();

        Assert.Equal(sources, ProjectFiles.CompileItems(Path.Combine(RepositoryFiles.CoreFolder, "Meter.Core.csproj")));
        Assert.Equal(sources, ProjectFiles.CompileItems(Path.Combine(RepositoryFiles.CoreFolder, "Meter.Core.Nano.nfproj")));
    }

    [Fact]
    public void BothCoreProjects_KeepTheirOwnIntermediateFolders()
    {
        string host = ProjectFiles.Property(Path.Combine(RepositoryFiles.CoreFolder, "Meter.Core.csproj"), "BaseIntermediateOutputPath");
        string nano = ProjectFiles.Property(Path.Combine(RepositoryFiles.CoreFolder, "Meter.Core.Nano.nfproj"), "BaseIntermediateOutputPath");

        Assert.NotEqual(host.Replace('\\', '/').TrimEnd('/'), nano.Replace('\\', '/').TrimEnd('/'));
    }

    [Fact]
    public void NanoProject_PinsTheCoreLibraryVersionTheGateCompilesAgainst()
    {
        string config = File.ReadAllText(Path.Combine(RepositoryFiles.CoreFolder, "packages.config"));
        string gateVersion = Regex.Match(NanoCompiler.MscorlibPath.Replace('\\', '/'), @"corelibrary/([^/]+)/", RegexOptions.IgnoreCase).Groups[1].Value;

        Assert.Contains("id=\"nanoFramework.CoreLibrary\" version=\"" + gateVersion + "\"", config);
    }
}
