namespace Meter.Core.Codec
{
    /// <summary>
    /// Unsigned LEB128 integers: seven bits a byte, low bits first. The audit's counters are small, and a
    /// record that fits littlefs's 128-byte program unit costs a third of one that does not.
    /// </summary>
    public static class Varint
    {
        /// <summary>Most bytes one value takes (64 bits).</summary>
        public const int MaximumBytes = 10;

        /// <summary>Writes <paramref name="value"/> (negative counts as 0) at <paramref name="offset"/>; returns the offset after it.</summary>
        public static int Put(byte[] buffer, int offset, long value)
        {
            ulong rest = value < 0 ? 0 : (ulong)value;
            while (rest >= 0x80)
            {
                buffer[offset++] = (byte)(rest | 0x80);
                rest >>= 7;
            }

            buffer[offset++] = (byte)rest;
            return offset;
        }

        /// <summary>The value at <paramref name="position"/>, which moves past it; throws when the data ends inside it.</summary>
        public static long Get(byte[] data, ref int position)
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                if (position >= data.Length)
                {
                    throw new System.ArgumentException("a number runs past the end of the data");
                }

                byte b = data[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return (long)value;
                }
            }

            throw new System.ArgumentException("a number longer than 64 bits");
        }
    }
}
