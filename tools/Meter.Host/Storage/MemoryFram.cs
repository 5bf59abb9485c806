using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>FRAM in RAM, blank (zeros) as the chip ships: for hosts that measure or simulate, not cut power (tests use FakeFram).</summary>
public sealed class MemoryFram(int sizeBytes = FileFram.DefaultSizeBytes) : IFram
{
    private readonly byte[] _memory = new byte[sizeBytes];

    public int SizeBytes => _memory.Length;

    public void Read(int address, byte[] buffer, int offset, int count) => Array.Copy(_memory, address, buffer, offset, count);

    public void Write(int address, byte[] data, int offset, int count) => Array.Copy(data, offset, _memory, address, count);
}
