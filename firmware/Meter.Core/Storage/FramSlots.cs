using Meter.Core.Codec;

namespace Meter.Core.Storage
{
    /// <summary>
    /// Numbered slots in FRAM, each holding one small record: "u16 length, u16 its complement, data". A write
    /// empties the header, writes the data, then the complement and the length last: a write the power cuts
    /// leaves the slot empty (the header checks only once its last byte, the length's high byte, is written,
    /// and that byte always changes: an emptied header holds 0xFF there, no slot is that long). So a write
    /// that did not return never reads back whole, and one that returned always does. Callers still keep
    /// their own CRCs (every journal entry and audit copy has one) against flipped bits, and never rely on a
    /// rewrite keeping the old content: the slot is empty until the new one is whole. The first <c>ringSlots</c> slots have one size, the others their own (few of them): no table of
    /// addresses on the heap. The layout is stamped in a 16-byte header at address 0 the first time: a blank
    /// memory is formatted; one stamped with another layout is refused, never misread or overwritten.
    /// </summary>
    public sealed class FramSlots
    {
        private const int HeaderBytes = 16;
        private const int SlotHeaderBytes = 4;
        private const uint Magic = 0x4D415246; // "FRAM" read as bytes
        private const int LayoutVersion = 1;

        private readonly IFram _fram;
        private readonly int _ringSlots;
        private readonly int _ringBytes;
        private readonly int[] _otherBytes;
        private readonly byte[] _header = new byte[SlotHeaderBytes];

        /// <summary>
        /// <paramref name="ringSlots"/> slots of <paramref name="ringBytes"/> bytes of data, then one slot for each of
        /// <paramref name="otherBytes"/>. Throws IOException when they do not fit or the memory holds another layout.
        /// </summary>
        public FramSlots(IFram fram, int ringSlots, int ringBytes, int[] otherBytes)
        {
            _fram = fram;
            _ringSlots = ringSlots;
            _ringBytes = ringBytes;
            _otherBytes = otherBytes;
            if (UsedBytes > fram.SizeBytes)
            {
                throw new System.IO.IOException("the FRAM has " + fram.SizeBytes.ToString() + " bytes, the layout needs " + UsedBytes.ToString());
            }

            Open();
        }

        /// <summary>Slots in all.</summary>
        public int Count
        {
            get { return _ringSlots + _otherBytes.Length; }
        }

        /// <summary>Bytes of FRAM the layout takes, its header included.</summary>
        public int UsedBytes
        {
            get { return AddressOf(Count); }
        }

        /// <summary>The most bytes slot <paramref name="slot"/> takes.</summary>
        public int CapacityOf(int slot)
        {
            return slot < _ringSlots ? _ringBytes : _otherBytes[slot - _ringSlots];
        }

        /// <summary>The slot's length, or -1 when it holds nothing (never written, cleared, or its header cut while written).</summary>
        public int LengthOf(int slot)
        {
            _fram.Read(AddressOf(slot), _header, 0, SlotHeaderBytes);
            int length = _header[0] | (_header[1] << 8);
            int check = _header[2] | (_header[3] << 8);
            return (length ^ 0xFFFF) == check && length <= CapacityOf(slot) ? length : -1;
        }

        /// <summary>The slot's data (a new array), or null when it holds nothing.</summary>
        public byte[] Read(int slot)
        {
            int length = LengthOf(slot);
            if (length < 0)
            {
                return null;
            }

            byte[] data = new byte[length];
            _fram.Read(AddressOf(slot) + SlotHeaderBytes, data, 0, length);
            return data;
        }

        /// <summary>Rewrites the slot in place (see the class summary for what a cut leaves). Throws IOException when it does not fit.</summary>
        public void Write(int slot, byte[] data, int count)
        {
            if (count > CapacityOf(slot))
            {
                throw new System.IO.IOException(count.ToString() + " bytes do not fit FRAM slot " + slot.ToString() + " (" + CapacityOf(slot).ToString() + ")");
            }

            int address = AddressOf(slot);
            Clear(slot);
            _fram.Write(address + SlotHeaderBytes, data, 0, count);
            int check = count ^ 0xFFFF;
            _header[0] = (byte)check;
            _header[1] = (byte)(check >> 8);
            _fram.Write(address + 2, _header, 0, 2);
            _header[0] = (byte)count;
            _header[1] = (byte)(count >> 8);
            _fram.Write(address, _header, 0, 2);
        }

        /// <summary>Empties the slot.</summary>
        public void Clear(int slot)
        {
            // 0xFFFF over 0xFFFF does not check.
            _header[0] = _header[1] = _header[2] = _header[3] = 0xFF;
            _fram.Write(AddressOf(slot), _header, 0, SlotHeaderBytes);
        }

        private int AddressOf(int slot)
        {
            int ring = slot < _ringSlots ? slot : _ringSlots;
            int address = HeaderBytes + ring * (SlotHeaderBytes + _ringBytes);
            for (int i = 0; i < slot - _ringSlots; i++)
            {
                address += SlotHeaderBytes + _otherBytes[i];
            }

            return address;
        }

        // The header: magic, version, slot count, the layout's end, then a CRC-32 of those 12 bytes.
        private void Open()
        {
            byte[] expected = new byte[HeaderBytes];
            PutU32(expected, 0, Magic);
            expected[4] = LayoutVersion;
            expected[6] = (byte)Count;
            expected[7] = (byte)(Count >> 8);
            PutU32(expected, 8, (uint)UsedBytes);
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
                throw new System.IO.IOException("the FRAM holds another layout (" + (found[6] | (found[7] << 8)).ToString() + " slots, "
                    + GetU32(found, 8).ToString() + " bytes): refusing to overwrite it");
            }

            // Blank, or cut while formatting: every slot emptied, then the header, last.
            for (int slot = 0; slot < Count; slot++)
            {
                Clear(slot);
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
