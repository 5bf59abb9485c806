using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Core.NanoCompat;

/// <summary>Finds the repository root and the portable core's sources from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Meter.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Meter.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string CoreFolder => Path.Combine(Root, "firmware", "Meter.Core");

    public static string AppFolder => Path.Combine(Root, "firmware", "Meter.Esp32");

    public static string DeviceTestsFolder => Path.Combine(Root, "tests", "Meter.Device.Tests");

    /// <summary>Every .cs file of the core, relative to its folder with '/' separators, build output excluded.</summary>
    public static IReadOnlyList<string> CoreSources()
    {
        string folder = CoreFolder;
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
