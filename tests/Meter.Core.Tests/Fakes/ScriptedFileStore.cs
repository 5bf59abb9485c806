using System;
using Meter.Core.Storage;

namespace Meter.Core.Tests.Fakes;

/// <summary>A file store that runs another thread's action in the middle of one replace: interleavings on demand.</summary>
public sealed class ScriptedFileStore(IFileStore inner) : IFileStore
{
    private Func<string, bool>? _when;
    private Action? _action;

    /// <summary>The next replace of a file <paramref name="when"/> accepts runs <paramref name="action"/> before it writes.</summary>
    public void DuringReplaceOf(Func<string, bool> when, Action action)
    {
        _when = when;
        _action = action;
    }

    public string[] List() => inner.List();

    public byte[] Read(string name, int maximumBytes) => inner.Read(name, maximumBytes);

    private Func<string, bool>? _whenWriting;
    private Action? _writeAction;

    /// <summary>The next write of a new file <paramref name="when"/> accepts runs <paramref name="action"/> before it writes.</summary>
    public void DuringWriteOf(Func<string, bool> when, Action action)
    {
        _whenWriting = when;
        _writeAction = action;
    }

    public void Write(string name, byte[] data, int count)
    {
        if (_whenWriting != null && _whenWriting(name))
        {
            var action = _writeAction!;
            _whenWriting = null;
            action();
        }

        inner.Write(name, data, count);
    }

    public void Replace(string name, byte[] data, int count)
    {
        if (_when != null && _when(name))
        {
            var action = _action!;
            _when = null;
            action();
        }

        inner.Replace(name, data, count);
    }

    public void Rename(string from, string to) => inner.Rename(from, to);

    public void Delete(string name) => inner.Delete(name);
}
