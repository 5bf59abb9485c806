using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace Meter.Core.NanoCompat;

/// <summary>What a project file means, read the way MSBuild reads it (evaluated, wildcards expanded), and its packages.config.</summary>
public static class ProjectFiles
{
    /// <summary>The Compile items of a project after evaluation, relative to its folder with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> CompileItems(string project) =>
        Evaluate(project, "-getItem:Compile").RootElement.GetProperty("Items").GetProperty("Compile").EnumerateArray()
            .Select(i => Path.GetRelativePath(Path.GetDirectoryName(project)!, i.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>One property of a project after evaluation.</summary>
    public static string Property(string project, string name) =>
        Evaluate(project, "-getProperty:" + name).RootElement.GetString() ?? "";

    /// <summary>The sources a project compiles, as (path, text) pairs.</summary>
    public static IEnumerable<(string Path, string Text)> Sources(string project) =>
        CompileItems(project).Select(f => Path.Combine(Path.GetDirectoryName(project)!, f)).Select(f => (f, File.ReadAllText(f)));

    /// <summary>packages.config's packages: id and version.</summary>
    public static IReadOnlyDictionary<string, string> Packages(string packagesConfig) =>
        XDocument.Load(packagesConfig).Descendants("package").ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value);

    private static JsonDocument Evaluate(string project, string query)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "msbuild", project, query, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet msbuild " + project + " " + query + " failed:\n" + output + errors);
        }

        // A single -getProperty prints the bare value; anything else prints JSON.
        return output.TrimStart().StartsWith('{') ? JsonDocument.Parse(output) : JsonDocument.Parse(JsonSerializer.Serialize(output.Trim()));
    }
}
