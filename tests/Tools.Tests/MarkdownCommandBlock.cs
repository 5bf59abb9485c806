namespace Tools.Tests;

/// <summary>
/// One fenced block of a Markdown file: its language (the word after the opening fence), its text, and the
/// readme-test marker on the line before it, if any (<c>&lt;!-- readme-test: ... --&gt;</c>).
/// </summary>
public sealed record MarkdownCommandBlock(string File, int Line, string Language, string Text, string? Marker)
{
    /// <summary>Blocks in these languages are commands, meant to be typed into a shell.</summary>
    public bool IsShell => Language is "sh" or "bash" or "shell";

    /// <summary>The reason given for not running it ("not run: REASON"), or null.</summary>
    public string? NotRunReason =>
        Marker != null && Marker.StartsWith("not run:", StringComparison.Ordinal) ? Marker["not run:".Length..].Trim() : null;

    /// <summary>A server the later blocks use: started in the background, stopped with Ctrl-C at the end.</summary>
    public bool RunsInBackground => Marker != null && Marker.StartsWith("background", StringComparison.Ordinal);

    public override string ToString() => File + ":" + Line;
}
