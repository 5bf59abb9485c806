using Meter.Core.Display;

namespace MeterSim;

/// <summary>An SSD1306 in memory: keeps what the panel would show and counts the bytes sent to it.</summary>
public sealed class SimDisplay : IDisplay
{
    private readonly object _gate = new();
    private readonly byte[] _panel = new byte[Frame.Width * Frame.Pages];

    public long BytesSent { get; private set; }

    public event Action? Changed;

    public void WritePage(int page, int column, byte[] data, int offset, int count)
    {
        lock (_gate)
        {
            Array.Copy(data, offset, _panel, page * Frame.Width + column, count);
            BytesSent += count;
        }

        Changed?.Invoke();
    }

    /// <summary>Whether the pixel at (x, y) is lit on the panel.</summary>
    public bool Pixel(int x, int y)
    {
        lock (_gate)
        {
            return (_panel[(y >> 3) * Frame.Width + x] & (1 << (y & 7))) != 0;
        }
    }
}
