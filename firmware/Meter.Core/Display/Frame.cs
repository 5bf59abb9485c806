namespace Meter.Core.Display
{
    /// <summary>
    /// A 128x64 1-bit picture in the SSD1306's own layout (page-major, one byte per column per page), so
    /// it goes to the panel as is. Remembers what the panel shows and sends only the changed column span
    /// of each changed page: a keypress on the plate screen costs a few dozen bytes, not 1,024.
    /// </summary>
    public sealed class Frame
    {
        public const int Width = 128;
        public const int Height = 64;
        public const int Pages = Height / 8;

        private readonly byte[] _pixels = new byte[Width * Pages];
        private readonly byte[] _shown = new byte[Width * Pages];
        private bool _neverShown = true;

        /// <summary>The raw buffer, page by page (for tests, snapshots and the simulator).</summary>
        public byte[] Pixels
        {
            get { return _pixels; }
        }

        public void Clear()
        {
            System.Array.Clear(_pixels, 0, _pixels.Length);
        }

        /// <summary>Whether the pixel is lit; false outside the frame (as <see cref="Set"/> ignores it there).</summary>
        public bool Get(int x, int y)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return false;
            }

            return (_pixels[(y >> 3) * Width + x] & (1 << (y & 7))) != 0;
        }

        public void Set(int x, int y, bool on)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return;
            }

            int index = (y >> 3) * Width + x;
            if (on)
            {
                _pixels[index] |= (byte)(1 << (y & 7));
            }
            else
            {
                _pixels[index] &= (byte)~(1 << (y & 7));
            }
        }

        public void FillRect(int x, int y, int width, int height, bool on)
        {
            for (int row = y; row < y + height; row++)
            {
                for (int column = x; column < x + width; column++)
                {
                    Set(column, row, on);
                }
            }
        }

        /// <summary>Inverts a rectangle (selection bars, the multi-tap cursor).</summary>
        public void Invert(int x, int y, int width, int height)
        {
            for (int row = y; row < y + height; row++)
            {
                for (int column = x; column < x + width; column++)
                {
                    Set(column, row, !Get(column, row));
                }
            }
        }

        /// <summary>
        /// Sends every changed span to the display and remembers it as shown; returns the bytes sent.
        /// The first flush sends everything.
        /// </summary>
        public int Flush(IDisplay display)
        {
            int sent = 0;
            for (int page = 0; page < Pages; page++)
            {
                int start = page * Width;
                int first = -1;
                int last = -1;
                for (int column = 0; column < Width; column++)
                {
                    if (_neverShown || _pixels[start + column] != _shown[start + column])
                    {
                        first = first < 0 ? column : first;
                        last = column;
                    }
                }

                if (first < 0)
                {
                    continue;
                }

                int count = last - first + 1;
                display.WritePage(page, first, _pixels, start + first, count);
                System.Array.Copy(_pixels, start + first, _shown, start + first, count);
                sent += count;
            }

            _neverShown = false;
            return sent;
        }
    }
}
