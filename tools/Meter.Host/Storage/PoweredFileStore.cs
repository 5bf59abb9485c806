using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>
/// A file store behind a power switch, for the simulator: once <see cref="CutPower"/> returns, every
/// operation of the meter that was running throws, as it would with no power, while the next boot gets a
/// fresh switch on the same folder. An operation under way when the power goes completes first
/// (as if it had finished a moment before the cut), so nothing lands after the next boot has mounted.
/// </summary>
public sealed class PoweredFileStore : IFileStore
{
    private readonly IFileStore _inner;
    private readonly object _gate = new();
    private bool _off;

    public PoweredFileStore(IFileStore inner) => _inner = inner;

    public void CutPower()
    {
        lock (_gate)
        {
            _off = true;
        }
    }

    public string[] List() => Guarded(() => _inner.List());

    public byte[]? Read(string name, int maximumBytes) => Guarded(() => _inner.Read(name, maximumBytes));

    public void Write(string name, byte[] data, int count) => Guarded(() => { _inner.Write(name, data, count); return 0; });

    public void Replace(string name, byte[] data, int count) => Guarded(() => { _inner.Replace(name, data, count); return 0; });

    public void Rename(string from, string to) => Guarded(() => { _inner.Rename(from, to); return 0; });

    public void Delete(string name) => Guarded(() => { _inner.Delete(name); return 0; });

    /// <summary>Runs an operation of another part on the same supply (the FRAM): it throws once the power is cut.</summary>
    public T Guarded<T>(Func<T> operation)
    {
        lock (_gate)
        {
            return _off ? throw new PowerCutException("the power is off") : operation();
        }
    }
}
