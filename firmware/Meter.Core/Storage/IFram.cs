namespace Meter.Core.Storage
{
    /// <summary>
    /// The FRAM port: a small byte-addressed non-volatile memory (an MB85RC256V, 32 KiB on the OLED's I2C bus)
    /// written in place, byte by byte, with no erase and 10^12 writes a byte. A byte is durable once written;
    /// a write the power cuts keeps the bytes before the cut and none after. Failures throw.
    /// </summary>
    public interface IFram
    {
        /// <summary>The memory's size, bytes.</summary>
        int SizeBytes { get; }

        /// <summary>Reads <paramref name="count"/> bytes at <paramref name="address"/> into <paramref name="buffer"/>[<paramref name="offset"/>..].</summary>
        void Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Writes <paramref name="count"/> bytes of <paramref name="data"/>[<paramref name="offset"/>..] at <paramref name="address"/>.</summary>
        void Write(int address, byte[] data, int offset, int count);
    }
}
