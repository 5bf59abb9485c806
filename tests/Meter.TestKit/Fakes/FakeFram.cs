using System;
using System.Collections.Generic;
using System.Linq;
using Meter.Core.Storage;
using Meter.Host.Storage;

namespace Meter.TestKit.Fakes;

/// <summary>
/// FRAM in RAM that can lose power at any byte: the bytes before the cut are written, that byte and every one
/// after are not, and every call throws until <see cref="Remount"/>. The same supply can feed a
/// <see cref="SimulatedLittleFs"/>: a cut of either is a cut of both. Blank is zeros, as the chip ships.
/// </summary>
public sealed class FakeFram : IFram
{
    private readonly byte[] _memory;
    private readonly SimulatedLittleFs? _sameSupply;
    private long _cutAt = -1;

    public FakeFram(int sizeBytes = FileFram.DefaultSizeBytes, SimulatedLittleFs? sameSupply = null)
    {
        _memory = new byte[sizeBytes];
        _sameSupply = sameSupply;
    }

    public int SizeBytes => _memory.Length;

    /// <summary>Bytes written so far (the one a cut interrupted is not counted).</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Each write so far: the index of its first byte (in <see cref="BytesWritten"/>'s count) and its length.</summary>
    public List<(long First, int Count)> Writes { get; } = new();

    /// <summary>
    /// The byte indexes (from <paramref name="since"/> on) where a cut can leave something different: every byte of a
    /// write of up to four bytes (headers), the first and last of a longer one (any byte between leaves the same).
    /// </summary>
    public IEnumerable<long> CutPointsSince(long since)
    {
        foreach (var (first, count) in Writes.Where(w => w.First >= since))
        {
            var points = count <= 4 ? Enumerable.Range(0, count) : new[] { 0, count - 1 };
            foreach (int i in points)
            {
                yield return first + i - since;
            }
        }
    }

    public bool IsPoweredOff { get; private set; }

    /// <summary>Cuts the power at the byte written with this 0-based index, counted from now on.</summary>
    public void CutPowerAtByte(long index) => _cutAt = BytesWritten + index;

    /// <summary>Power returns.</summary>
    public void Remount()
    {
        IsPoweredOff = false;
        _cutAt = -1;
    }

    public void Read(int address, byte[] buffer, int offset, int count)
    {
        ThrowIfOff();
        Array.Copy(_memory, address, buffer, offset, count);
    }

    public void Write(int address, byte[] data, int offset, int count)
    {
        ThrowIfOff();
        Writes.Add((BytesWritten, count));
        for (int i = 0; i < count; i++)
        {
            if (BytesWritten == _cutAt)
            {
                IsPoweredOff = true;
                _sameSupply?.CutPowerNow();
                throw new PowerCutException($"power cut writing FRAM byte {address + i}");
            }

            _memory[address + i] = data[offset + i];
            BytesWritten++;
        }
    }

    private void ThrowIfOff()
    {
        if (IsPoweredOff || _sameSupply?.IsPoweredOff == true)
        {
            throw new PowerCutException("the power is off");
        }
    }
}
