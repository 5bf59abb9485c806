using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Meter.Core.NanoCompat;

/// <summary>
/// The device code (the ESP32 app and the on-board tests) type-checked in CI: compiled as the
/// nanoFramework toolchain would (C# 9, the real mscorlib) against declarations of the packages' APIs,
/// with the same IL checks as the core, referencing only what its packages.config pins.
/// </summary>
public class DeviceCompileTests
{
    private static readonly string AppProject = Path.Combine(RepositoryFiles.AppFolder, "Meter.Esp32.nfproj");
    private static readonly string DeviceTestsProject = Path.Combine(RepositoryFiles.DeviceTestsFolder, "Meter.Device.Tests.nfproj");

    [Fact]
    public void App_CompilesAgainstTheDeclaredPackages_WithoutGenerics()
    {
        var problems = CompileAgainstPackages(AppProject, "Meter.Esp32", OutputKind.ConsoleApplication);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DeviceTests_CompileAgainstTheDeclaredPackages_WithoutGenerics()
    {
        var problems = CompileAgainstPackages(DeviceTestsProject, "NFUnitTest", OutputKind.DynamicallyLinkedLibrary);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("firmware/Meter.Esp32/Meter.Esp32.nfproj")]
    [InlineData("tests/Meter.Device.Tests/Meter.Device.Tests.nfproj")]
    public void Project_ReferencesExactlyItsPinnedPackages(string project)
    {
        string path = Path.Combine(RepositoryFiles.Root, project);
        var pinned = ProjectFiles.Packages(Path.Combine(Path.GetDirectoryName(path)!, "packages.config"));
        XNamespace ns = "http://schemas.microsoft.com/developer/msbuild/2003";
        var references = XDocument.Load(path).Descendants(ns + "Reference").ToList();
        var referenced = new HashSet<string>();

        foreach (var reference in references)
        {
            string include = reference.Attribute("Include")!.Value;
            string hint = reference.Element(ns + "HintPath")!.Value.Replace('\\', '/');
            var match = Regex.Match(hint, @"packages/(?<id>.+?)\.(?<version>\d+\.\d+\.\d+)/lib/(?<dll>[^/]+)\.(dll|exe)$");
            Assert.True(match.Success, project + ": unexpected HintPath " + hint);
            string id = match.Groups["id"].Value;
            Assert.True(pinned.ContainsKey(id), project + " references " + id + ", which packages.config does not pin");
            Assert.Equal(pinned[id], match.Groups["version"].Value);
            referenced.Add(id);
            if (match.Groups["dll"].Value == "nanoFramework.UnitTestLauncher")
            {
                continue; // the test launcher ships in the TestFramework package, unversioned
            }

            Assert.StartsWith(match.Groups["dll"].Value + ", Version=" + pinned[id] + ".0,", include);
            Assert.EndsWith("PublicKeyToken=c07d481e9758c731", include);
        }

        Assert.Equal(pinned.Keys.OrderBy(k => k), referenced.OrderBy(k => k));
    }

    [Fact]
    public void Declarations_AreOfThePinnedVersions()
    {
        var pinned = ProjectFiles.Packages(Path.Combine(RepositoryFiles.AppFolder, "packages.config"))
            .Concat(ProjectFiles.Packages(Path.Combine(RepositoryFiles.DeviceTestsFolder, "packages.config")))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).Distinct().Single());

        foreach (var (assembly, package, _) in DeviceDeclarations.Assemblies)
        {
            string header = File.ReadLines(Path.Combine(DeviceDeclarations.Folder, assembly + ".cs")).First();
            Assert.Contains(package + " " + pinned[package], header);
        }
    }

    private static IReadOnlyList<string> CompileAgainstPackages(string project, string assemblyName, OutputKind kind)
    {
        var core = NanoCompiler.Compile("Meter.Core", OutputKind.DynamicallyLinkedLibrary,
            RepositoryFiles.CoreSources().Select(f => Path.Combine(RepositoryFiles.CoreFolder, f)).Select(f => (f, File.ReadAllText(f))),
            new MetadataReference[0], new[] { "mscorlib" }, out byte[] coreImage);
        Assert.Empty(core);

        var allowed = ProjectFiles.Packages(Path.Combine(Path.GetDirectoryName(project)!, "packages.config")).Keys
            .Select(DeviceDeclarations.AssemblyOf)
            .Where(a => a != null)
            .Append("Meter.Core")
            .ToArray();
        var references = DeviceDeclarations.References.Values.Append(MetadataReference.CreateFromImage(coreImage));
        return NanoCompiler.Compile(assemblyName, kind, ProjectFiles.Sources(project), references, allowed, out _);
    }
}
