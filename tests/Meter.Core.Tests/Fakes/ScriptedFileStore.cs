using System;
using Meter.Core.Storage;

namespace Meter.Core.Tests.Fakes;

/// <summary>A file store that runs another thread's action in the middle of one write or replace: interleavings on demand.</summary>
public sealed class ScriptedFileStore(IFileStore inner) : IFileStore
{
    private (Func<string, bool> When, Action Action)? _duringReplace;
    private (Func<string, bool> When, Action Action)? _duringWrite;

    /// <summary>The next replace of a file <paramref name="when"/> accepts runs <paramref name="action"/> before it writes.</summary>
    public void DuringReplaceOf(Func<string, bool> when, Action action) => _duringReplace = (when, action);

    /// <summary>The next write of a new file <paramref name="when"/> accepts runs <paramref name="action"/> before it writes.</summary>
    public void DuringWriteOf(Func<string, bool> when, Action action) => _duringWrite = (when, action);

    public string[] List() => inner.List();

    public byte[] Read(string name, int maximumBytes) => inner.Read(name, maximumBytes);

    public void Write(string name, byte[] data, int count)
    {
        RunIfDue(ref _duringWrite, name);
        inner.Write(name, data, count);
    }

    public void Replace(string name, byte[] data, int count)
    {
        RunIfDue(ref _duringReplace, name);
        inner.Replace(name, data, count);
    }

    public void Rename(string from, string to) => inner.Rename(from, to);

    public void Delete(string name) => inner.Delete(name);

    // Runs once: the script is forgotten before its action, so a nested write goes through.
    private static void RunIfDue(ref (Func<string, bool> When, Action Action)? script, string name)
    {
        if (script is { } due && due.When(name))
        {
            script = null;
            due.Action();
        }
    }
}
