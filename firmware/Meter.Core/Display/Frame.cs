namespace Meter.Core.Display
{
    /// <summary>
    /// A 128x64 1-bit picture in the SSD1306's own layout (page-major, one byte per column per page), so
    /// it goes to the panel as is. Remembers what the panel shows and sends only the changed column span
    /// of each changed page: a keypress on the plate screen costs a few dozen bytes, not 1,024.
    /// </summary>
    public sealed class Frame
    {
        /// <summary>The OLED's width, pixels.</summary>
        public const int Width = 128;
        /// <summary>The OLED's height, pixels.</summary>
        public const int Height = 64;
        /// <summary>Pages of 8 pixel rows: the SSD1306's unit of memory.</summary>
        public const int Pages = Height / 8;

        private readonly byte[] _pixels = new byte[Width * Pages];
        private readonly byte[] _shown = new byte[Width * Pages];
        private bool _neverShown = true;

        /// <summary>Turns every pixel off.</summary>
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

        /// <summary>Sets one pixel; outside the frame does nothing.</summary>
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

        /// <summary>Lights or clears a rectangle, a whole byte of each page at a time (clipped to the frame).</summary>
        public void FillRect(int x, int y, int width, int height, bool on)
        {
            Rows(x, y, width, height, on ? FillBits : ClearBits);
        }

        /// <summary>Inverts a rectangle (selection bars, the multi-tap cursor): an XOR of bytes.</summary>
        public void Invert(int x, int y, int width, int height)
        {
            Rows(x, y, width, height, FlipBits);
        }

        /// <summary>Clears whole pages (text rows sit on pages, so a changed row is cleared this way).</summary>
        public void ClearPages(int firstPage, int count)
        {
            System.Array.Clear(_pixels, firstPage * Width, count * Width);
        }

        /// <summary>
        /// Lights the set bits of a column strip whose bit 0 is at (x, y), spanning up to four pages: how a
        /// glyph's column byte (or its doubled form) goes in. Clipped to the frame.
        /// </summary>
        public void OrColumn(int x, int y, int bits)
        {
            if (x < 0 || x >= Width || y >= Height || bits == 0)
            {
                return;
            }

            long shifted = y >= 0 ? (long)bits << (y & 7) : (long)bits >> -y;
            int page = y >= 0 ? y >> 3 : 0;
            for (int index = page * Width + x; shifted != 0 && index < _pixels.Length; index += Width)
            {
                _pixels[index] |= (byte)shifted;
                shifted >>= 8;
            }
        }

        private const int FillBits = 0;
        private const int ClearBits = 1;
        private const int FlipBits = 2;

        // Applies an operation to the rectangle's bits, one page at a time with a byte mask.
        private void Rows(int x, int y, int width, int height, int operation)
        {
            int left = x < 0 ? 0 : x;
            int right = x + width > Width ? Width : x + width;
            int top = y < 0 ? 0 : y;
            int bottom = y + height > Height ? Height : y + height;
            for (int page = top >> 3; page <= (bottom - 1) >> 3 && top < bottom; page++)
            {
                int from = page * 8 > top ? 0 : top - page * 8;
                int to = page * 8 + 8 < bottom ? 8 : bottom - page * 8;
                byte mask = (byte)(((1 << to) - 1) & ~((1 << from) - 1));
                int start = page * Width;
                for (int column = start + left; column < start + right; column++)
                {
                    if (operation == FillBits)
                    {
                        _pixels[column] |= mask;
                    }
                    else if (operation == ClearBits)
                    {
                        _pixels[column] &= (byte)~mask;
                    }
                    else
                    {
                        _pixels[column] ^= mask;
                    }
                }
            }
        }

        /// <summary>The next <see cref="Flush"/> sends everything, as the first one does.</summary>
        public void ResendAll()
        {
            _neverShown = true;
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
