using Meter.Core.Display;

namespace Meter.Core.Tests.Fakes;

/// <summary>A display that keeps what it was sent, as the panel's memory would: 8 pages of 128 columns.</summary>
public sealed class RecordingDisplay : IDisplay
{
    private readonly byte[] _image = new byte[Frame.Pages * Frame.Width];

    /// <summary>Bytes sent so far.</summary>
    public long Bytes { get; private set; }

    public void WritePage(int page, int column, byte[] data, int offset, int count)
    {
        System.Array.Copy(data, offset, _image, page * Frame.Width + column, count);
        Bytes += count;
    }

    /// <summary>Whether the panel now shows <paramref name="screen"/> as the renderer draws it.</summary>
    public bool Shows(Screen screen)
    {
        var frame = new Frame();
        ScreenRenderer.Draw(screen, null, frame);
        for (int y = 0; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x++)
            {
                if (frame.Get(x, y) != ((_image[(y >> 3) * Frame.Width + x] & (1 << (y & 7))) != 0))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
