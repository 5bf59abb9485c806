using Meter.Core.Codec;

namespace Meter.Core.Storage
{
    /// <summary>
    /// A few small named files in FRAM, each in a fixed slot: "u16 length, u16 its complement, data". The
    /// length is written after the data, so a rewrite the power cuts leaves the old length over partly new
    /// bytes, or a header that does not check: the file reads torn or missing, never as other bytes that
    /// look whole. Callers keep their own CRCs (every journal entry and audit copy has one) and never rely
    /// on a rewrite being atomic: the journal rewrites a ring file only once nothing needs what it held,
    /// and the audit writes the older of two copies.
    /// The layout (slot names and sizes) is stamped in a 16-byte header at address 0 the first time: a blank
    /// memory is formatted, one holding another layout is refused rather than misread.
    /// </summary>
    public sealed class FramFileStore : IFileStore
    {
        private const int HeaderBytes = 16;
        private const int SlotHeaderBytes = 4;
        private const uint Magic = 0x4652414D; // "FRAM"
        private const int LayoutVersion = 1;

        private readonly IFram _fram;
        private readonly string[] _names;
        private readonly int[] _addresses;
        private readonly int[] _capacities;
        private readonly byte[] _header = new byte[HeaderBytes];

        /// <summary>
        /// Slots for <paramref name="names"/>, <paramref name="capacities"/> bytes of data each, laid out in order
        /// after the header. Throws IOException when they do not fit or the memory holds another layout.
        /// </summary>
        public FramFileStore(IFram fram, string[] names, int[] capacities)
        {
            _fram = fram;
            _names = names;
            _capacities = capacities;
            _addresses = new int[names.Length];
            int address = HeaderBytes;
            for (int i = 0; i < names.Length; i++)
            {
                _addresses[i] = address;
                address += SlotHeaderBytes + capacities[i];
            }

            if (address > fram.SizeBytes)
            {
                throw new System.IO.IOException("the FRAM has " + fram.SizeBytes.ToString() + " bytes, the layout needs " + address.ToString());
            }

            Open(address);
        }

        /// <summary>Bytes of FRAM the layout takes, header included.</summary>
        public int UsedBytes
        {
            get { return _addresses[_names.Length - 1] + SlotHeaderBytes + _capacities[_names.Length - 1]; }
        }

        /// <summary>Whether this store has a slot for the file.</summary>
        public bool Holds(string name)
        {
            return SlotOf(name) >= 0;
        }

        /// <summary>The largest file a slot takes, bytes.</summary>
        public int CapacityOf(string name)
        {
            return _capacities[Slot(name)];
        }

        /// <inheritdoc />
        public string[] List()
        {
            System.Collections.ArrayList names = new System.Collections.ArrayList();
            for (int i = 0; i < _names.Length; i++)
            {
                if (LengthAt(i) >= 0)
                {
                    names.Add(_names[i]);
                }
            }

            return (string[])names.ToArray(typeof(string));
        }

        /// <inheritdoc />
        public byte[] Read(string name, int maximumBytes)
        {
            int slot = SlotOf(name);
            int length = slot < 0 ? -1 : LengthAt(slot);
            if (length < 0)
            {
                return null;
            }

            if (length > maximumBytes)
            {
                throw new System.IO.IOException(name + " has " + length.ToString() + " bytes, more than the " + maximumBytes.ToString() + " allowed");
            }

            byte[] data = new byte[length];
            _fram.Read(_addresses[slot] + SlotHeaderBytes, data, 0, length);
            return data;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data, int count)
        {
            if (LengthAt(Slot(name)) >= 0)
            {
                throw new System.IO.IOException("file exists: " + name);
            }

            Replace(name, data, count);
        }

        /// <summary>Rewrites the slot in place: not atomic (see the class summary).</summary>
        public void Replace(string name, byte[] data, int count)
        {
            int slot = Slot(name);
            if (count > _capacities[slot])
            {
                throw new System.IO.IOException(name + ": " + count.ToString() + " bytes, its FRAM slot takes " + _capacities[slot].ToString());
            }

            _fram.Write(_addresses[slot] + SlotHeaderBytes, data, 0, count);
            WriteLength(slot, count);
        }

        /// <summary>FRAM slots have fixed names: a rename is refused.</summary>
        public void Rename(string from, string to)
        {
            throw new System.IO.IOException("FRAM files cannot be renamed: " + from);
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            int slot = SlotOf(name);
            if (slot >= 0 && LengthAt(slot) >= 0)
            {
                // 0xFFFF over 0xFFFF does not check: missing.
                _header[0] = _header[1] = _header[2] = _header[3] = 0xFF;
                _fram.Write(_addresses[slot], _header, 0, SlotHeaderBytes);
            }
        }

        private int SlotOf(string name)
        {
            for (int i = 0; i < _names.Length; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private int Slot(string name)
        {
            int slot = SlotOf(name);
            if (slot < 0)
            {
                throw new System.IO.IOException("no FRAM slot for " + name);
            }

            return slot;
        }

        // The slot's length, or -1 when its header does not check (never written, deleted, or cut while written).
        private int LengthAt(int slot)
        {
            _fram.Read(_addresses[slot], _header, 0, SlotHeaderBytes);
            int length = _header[0] | (_header[1] << 8);
            int check = _header[2] | (_header[3] << 8);
            return (length ^ 0xFFFF) == check && length <= _capacities[slot] ? length : -1;
        }

        private void WriteLength(int slot, int length)
        {
            int check = length ^ 0xFFFF;
            _header[0] = (byte)length;
            _header[1] = (byte)(length >> 8);
            _header[2] = (byte)check;
            _header[3] = (byte)(check >> 8);
            _fram.Write(_addresses[slot], _header, 0, SlotHeaderBytes);
        }

        // The header: magic, version, slot count, the layout's end, CRC-32 of the 12 bytes before it.
        private void Open(int layoutEnd)
        {
            byte[] expected = new byte[HeaderBytes];
            PutU32(expected, 0, Magic);
            expected[4] = LayoutVersion;
            expected[5] = 0;
            expected[6] = (byte)_names.Length;
            expected[7] = (byte)(_names.Length >> 8);
            PutU32(expected, 8, (uint)layoutEnd);
            PutU32(expected, 12, Crc32.Compute(expected, 0, 12));
            byte[] found = new byte[HeaderBytes];
            _fram.Read(0, found, 0, HeaderBytes);
            bool same = true;
            for (int i = 0; i < HeaderBytes; i++)
            {
                same = same && found[i] == expected[i];
            }

            if (same)
            {
                return;
            }

            if (GetU32(found, 0) == Magic && GetU32(found, 12) == Crc32.Compute(found, 0, 12))
            {
                throw new System.IO.IOException("the FRAM holds another layout (" + (found[6] | (found[7] << 8)).ToString() + " slots): refusing to overwrite it");
            }

            // Blank (or never finished formatting): every slot empty, then the header last.
            for (int i = 0; i < _names.Length; i++)
            {
                _header[0] = _header[1] = _header[2] = _header[3] = 0xFF;
                _fram.Write(_addresses[i], _header, 0, SlotHeaderBytes);
            }

            _fram.Write(0, expected, 0, HeaderBytes);
        }

        private static void PutU32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static uint GetU32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }
    }
}
