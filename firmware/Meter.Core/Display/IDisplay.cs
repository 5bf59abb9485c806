namespace Meter.Core.Display
{
    /// <summary>
    /// The display port: a 128x64 1-bit SSD1306. Memory is 8 pages of 8 pixel rows; each byte is one
    /// column of a page, least significant bit on top. The core sends only what changed.
    /// </summary>
    public interface IDisplay
    {
        /// <summary>Writes <paramref name="count"/> column bytes into a page, starting at a column.</summary>
        void WritePage(int page, int column, byte[] data, int offset, int count);
    }
}
