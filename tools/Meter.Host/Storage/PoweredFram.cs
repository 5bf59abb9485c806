using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>
/// The simulator's FRAM behind the same power switch as its flash (<see cref="PoweredFileStore"/>): once the power
/// is cut, the old meter's threads can no longer write it either.
/// </summary>
public sealed class PoweredFram(IFram inner, PoweredFileStore supply) : IFram
{
    public int SizeBytes => inner.SizeBytes;

    public void Read(int address, byte[] buffer, int offset, int count) =>
        supply.Guarded(() => { inner.Read(address, buffer, offset, count); return 0; });

    public void Write(int address, byte[] data, int offset, int count) =>
        supply.Guarded(() => { inner.Write(address, data, offset, count); return 0; });
}
