using System.Text.RegularExpressions;

namespace Tools.Tests;

/// <summary>The fenced blocks of the repository's Markdown files, in the order a reader meets them.</summary>
public static partial class MarkdownBlocks
{
    [GeneratedRegex(@"^\s*<!--\s*readme-test:\s*(?<marker>.*?)\s*-->\s*$")]
    private static partial Regex MarkerLine();

    /// <summary>Every fenced block of <paramref name="path"/> (named <paramref name="name"/> in messages).</summary>
    public static IReadOnlyList<MarkdownCommandBlock> Read(string path, string name)
    {
        string[] lines = File.ReadAllLines(path);
        var blocks = new List<MarkdownCommandBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            string language = lines[i][3..].Trim();
            var marker = i > 0 ? MarkerLine().Match(lines[i - 1]) : Match.Empty;
            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            if (i == lines.Length)
            {
                throw new InvalidDataException(name + ":" + (start + 1) + ": a fence that is never closed");
            }

            blocks.Add(new MarkdownCommandBlock(name, start + 1, language, string.Join('\n', body),
                marker.Success ? marker.Groups["marker"].Value : null));
        }

        return blocks;
    }

    /// <summary>The repository's Markdown files (build outputs left out), relative to the repository (the root README first).</summary>
    public static IReadOnlyList<string> Files(string repository)
    {
        var files = Directory.EnumerateFiles(repository, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repository, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or ".git" or "meter-sim-data"))
            .OrderBy(f => f == "README.md" ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        return files;
    }
}
