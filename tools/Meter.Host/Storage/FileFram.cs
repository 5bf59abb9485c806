using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>
/// The simulator's FRAM: a 32 KiB image in a file, written through at once (FRAM has no write cache), so a
/// killed simulator keeps every byte a write returned from. A new file starts blank (zeros), as the chip does.
/// </summary>
public sealed class FileFram : IFram
{
    public const int DefaultSizeBytes = 32768;

    private readonly string _path;
    private readonly object _gate = new();

    public FileFram(string path, int sizeBytes = DefaultSizeBytes)
    {
        _path = path;
        SizeBytes = sizeBytes;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
        if (file.Length != sizeBytes)
        {
            if (file.Length != 0)
            {
                throw new IOException($"{path} holds {file.Length} bytes, not a {sizeBytes}-byte FRAM image");
            }

            file.SetLength(sizeBytes);
        }
    }

    public int SizeBytes { get; }

    public void Read(int address, byte[] buffer, int offset, int count)
    {
        Check(address, count);
        lock (_gate)
        {
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            file.Position = address;
            file.ReadExactly(buffer, offset, count);
        }
    }

    public void Write(int address, byte[] data, int offset, int count)
    {
        Check(address, count);
        lock (_gate)
        {
            using var file = new FileStream(_path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            file.Position = address;
            file.Write(data, offset, count);
            file.Flush(flushToDisk: true);
        }
    }

    private void Check(int address, int count)
    {
        if (address < 0 || count < 0 || address + count > SizeBytes)
        {
            throw new IOException($"FRAM address {address}+{count} is outside its {SizeBytes} bytes");
        }
    }
}
