using Meter.Core.Codec;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The journal's binary entry format (little-endian), version 1:
    /// <code>
    /// u16 body length | body | u32 CRC-32 of length and body
    /// body = u8 version, u8 kind, u32 seq, then
    ///   kind 1 (full state): u8 state, u8 rejectedFrom, u8 0 (was attempts), u8 currency, u8 flags (1 = delivered),
    ///     u32 sold, u32 start, u32 end (seconds since 1970), u32 amount (cents), u32 sent end, u32 sent amount,
    ///     u32 0 (was the next attempt: retry state now lives in RAM only), u32 linked seq, u16 error code, then plate, zone, reference id, error message
    ///     as u8 length + UTF-8
    ///   kind 2 (push acknowledged): reference id as u8 length + UTF-8
    ///   kind 3 (group header, first in a file's entries only): "seq" is the byte length of the entries after
    ///     it, then u32 CRC-32 of those bytes. The group counts only whole: a torn one is ignored entirely.
    ///   kind 4 (generation, first in a ring file only): "seq" is the generation of the change the file now
    ///     holds (ring files are rewritten in place, so their names do not order them).
    /// </code>
    /// A full entry is ~70 bytes for a typical unsent permit: a 4 KiB batch file holds about fifty. The whole
    /// format, with the files that hold these entries: Journal/README.md.
    /// </summary>
    public static class PermitCodec
    {
        /// <summary>The format version written in every entry.</summary>
        public const int FormatVersion = 1;
        /// <summary>Entry kind: a permit's full state.</summary>
        public const int KindFull = 1;
        /// <summary>Entry kind: OPSCOM acknowledged the push (its reference id).</summary>
        public const int KindAcknowledged = 2;
        /// <summary>Entry kind: the group header that makes a file's entries count only whole.</summary>
        public const int KindGroup = 3;
        /// <summary>Entry kind: a ring file's generation.</summary>
        public const int KindGeneration = 4;
        /// <summary>Bytes of a group header entry.</summary>
        public const int GroupHeaderBytes = 2 + 6 + 4 + 4;
        /// <summary>Bytes of a generation entry.</summary>
        public const int GenerationHeaderBytes = 2 + 6 + 4;
        /// <summary>Largest entry, bytes: every text at its longest.</summary>
        public const int MaximumEntryBytes = 2 + 2 + 4 + 48 + 2 + 4 * (1 + 255) + 4;

        /// <summary>Writes the record's whole state; returns the offset after the entry.</summary>
        public static int EncodeFull(PermitRecord record, byte[] buffer, int offset)
        {
            int p = offset + 2;
            p = Header(buffer, p, KindFull, record.Seq);
            buffer[p++] = (byte)record.State;
            buffer[p++] = (byte)record.RejectedFrom;
            // Retry state lives in RAM (PermitTable): its two fields stay in the format, always written as 0.
            buffer[p++] = 0;
            buffer[p++] = (byte)record.CurrencyCode;
            buffer[p++] = (byte)(record.Delivered ? 1 : 0);
            p = PutU32(buffer, p, Seconds(record.SoldUtcMs));
            p = PutU32(buffer, p, Seconds(record.StartUtcMs));
            p = PutU32(buffer, p, Seconds(record.EndUtcMs));
            p = PutU32(buffer, p, record.AmountCents);
            p = PutU32(buffer, p, Seconds(record.SentEndUtcMs));
            p = PutU32(buffer, p, record.SentAmountCents);
            p = PutU32(buffer, p, 0);
            p = PutU32(buffer, p, record.LinkedSeq);
            buffer[p++] = (byte)(record.ErrorCode & 0xFF);
            buffer[p++] = (byte)((record.ErrorCode >> 8) & 0xFF);
            p = PutText(buffer, p, record.Plate);
            p = PutText(buffer, p, record.Zone);
            p = PutText(buffer, p, record.ReferenceId);
            p = PutText(buffer, p, record.ErrorMessage);
            return Seal(buffer, offset, p);
        }

        /// <summary>The bytes <see cref="EncodeFull"/> writes for <paramref name="record"/>, without writing them.</summary>
        public static int FullEntryBytes(PermitRecord record)
        {
            // Length, header, five u8, seven u32 times and amounts, linked seq, error code, CRC; then four texts.
            const int Fixed = 2 + 6 + 5 + 7 * 4 + 4 + 2 + 4;
            return Fixed + TextBytes(record.Plate) + TextBytes(record.Zone) + TextBytes(record.ReferenceId) + TextBytes(record.ErrorMessage);
        }

        private static int TextBytes(string text)
        {
            int count = text == null ? 0 : Utf8.Count(text);
            return 1 + (count > 255 ? 255 : count);
        }

        /// <summary>Writes "push acknowledged with this reference id" for a record: smaller than a full entry.</summary>
        public static int EncodeAcknowledged(int seq, string referenceId, byte[] buffer, int offset)
        {
            int p = Header(buffer, offset + 2, KindAcknowledged, seq);
            p = PutText(buffer, p, referenceId);
            return Seal(buffer, offset, p);
        }

        /// <summary>Writes a ring file's generation header at <paramref name="offset"/>; returns the offset after it.</summary>
        public static int EncodeGeneration(byte[] buffer, int offset, int gen)
        {
            return Seal(buffer, offset, Header(buffer, offset + 2, KindGeneration, gen));
        }

        /// <summary>Writes a group header at <paramref name="offset"/> for the entries already encoded after it.</summary>
        public static void EncodeGroupHeader(byte[] buffer, int offset, int entriesLength)
        {
            int p = Header(buffer, offset + 2, KindGroup, entriesLength);
            p = PutU32(buffer, p, Crc32.Compute(buffer, offset + GroupHeaderBytes, entriesLength));
            Seal(buffer, offset, p);
        }

        /// <summary>Whether a group header's entries are all there and intact.</summary>
        public static bool GroupIsWhole(byte[] data, int offset, int end)
        {
            int length = Seq(data, offset);
            int start = offset + GroupHeaderBytes;
            return length == end - start && Crc32.Compute(data, start, length) == (uint)GetU32(data, offset + 8);
        }

        /// <summary>
        /// Checks the entry at <paramref name="offset"/>: its length fits, its CRC matches, its version and
        /// kind are known. Returns the entry's total length, or 0 when no valid entry starts there.
        /// </summary>
        public static int ValidLength(byte[] data, int offset, int end)
        {
            if (end - offset < 2 + 6 + 4)
            {
                return 0;
            }

            int body = data[offset] | (data[offset + 1] << 8);
            int total = 2 + body + 4;
            if (body < 6 || total > end - offset || total > MaximumEntryBytes)
            {
                return 0;
            }

            int kind = data[offset + 3];
            if (data[offset + 2] != FormatVersion || kind < KindFull || kind > KindGeneration)
            {
                return 0;
            }

            uint stored = (uint)GetU32(data, offset + 2 + body);
            return Crc32.Compute(data, offset, 2 + body) == stored ? total : 0;
        }

        /// <summary>The kind of the entry whose body starts at <paramref name="offset"/>.</summary>
        public static int Kind(byte[] data, int offset)
        {
            return data[offset + 3];
        }

        /// <summary>The seq field of the entry whose body starts at <paramref name="offset"/>.</summary>
        public static int Seq(byte[] data, int offset)
        {
            return (int)GetU32(data, offset + 4);
        }

        /// <summary>Decodes a full entry that <see cref="ValidLength"/> accepted; null if its fields are out of range.</summary>
        public static PermitRecord DecodeFull(byte[] data, int offset, int length)
        {
            int end = offset + length - 4;
            int p = offset + 8;
            PermitRecord record = new PermitRecord();
            record.Seq = Seq(data, offset);
            record.State = (PermitState)data[p++];
            record.RejectedFrom = (PermitState)data[p++];
            // Attempts and next attempt (offset +24) are not read: older journals kept them as wall time.
            p++;
            record.CurrencyCode = data[p++];
            int flags = data[p++];
            record.Delivered = (flags & 1) != 0;
            record.SoldUtcMs = GetU32(data, p) * 1000;
            record.StartUtcMs = GetU32(data, p + 4) * 1000;
            record.EndUtcMs = GetU32(data, p + 8) * 1000;
            record.AmountCents = GetU32(data, p + 12);
            record.SentEndUtcMs = GetU32(data, p + 16) * 1000;
            record.SentAmountCents = GetU32(data, p + 20);
            record.LinkedSeq = (int)GetU32(data, p + 28);
            record.ErrorCode = data[p + 32] | (data[p + 33] << 8);
            p += 34;
            string[] texts = new string[4];
            for (int i = 0; i < texts.Length; i++)
            {
                if (p >= end || p + 1 + data[p] > end)
                {
                    return null;
                }

                texts[i] = Utf8.Read(data, p + 1, data[p]);
                p += 1 + data[p];
            }

            record.Plate = texts[0];
            record.Zone = texts[1];
            record.ReferenceId = texts[2];
            record.ErrorMessage = texts[3];
            bool sane = p == end && PermitStates.IsValid(record.State) && record.CurrencyCode <= 1 && record.Seq > 0 && flags <= 1;
            return sane ? record : null;
        }

        /// <summary>The reference id of an acknowledged entry, or null if malformed.</summary>
        public static string DecodeAcknowledged(byte[] data, int offset, int length)
        {
            int p = offset + 8;
            int end = offset + length - 4;
            return p < end && p + 1 + data[p] == end ? Utf8.Read(data, p + 1, data[p]) : null;
        }

        private static int Header(byte[] buffer, int p, int kind, int seq)
        {
            buffer[p++] = FormatVersion;
            buffer[p++] = (byte)kind;
            return PutU32(buffer, p, seq);
        }

        private static int Seal(byte[] buffer, int offset, int end)
        {
            int body = end - offset - 2;
            buffer[offset] = (byte)(body & 0xFF);
            buffer[offset + 1] = (byte)(body >> 8);
            return PutU32(buffer, end, Crc32.Compute(buffer, offset, end - offset));
        }

        // Texts longer than 255 bytes are cut: callers validate lengths before anything reaches the journal.
        internal static int PutText(byte[] buffer, int p, string text)
        {
            if (text == null)
            {
                text = "";
            }

            int count = Utf8.Count(text);
            if (count > 255)
            {
                byte[] whole = Utf8.GetBytes(text);
                System.Array.Copy(whole, 0, buffer, p + 1, 255);
                buffer[p] = 255;
                return p + 256;
            }

            buffer[p] = (byte)count;
            return Utf8.Write(text, buffer, p + 1);
        }

        internal static long Seconds(long ms)
        {
            return ms <= 0 ? 0 : ms / 1000;
        }

        internal static int PutU32(byte[] buffer, int p, long value)
        {
            buffer[p] = (byte)(value & 0xFF);
            buffer[p + 1] = (byte)((value >> 8) & 0xFF);
            buffer[p + 2] = (byte)((value >> 16) & 0xFF);
            buffer[p + 3] = (byte)((value >> 24) & 0xFF);
            return p + 4;
        }

        internal static long GetU32(byte[] data, int p)
        {
            return (long)(uint)(data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24));
        }
    }
}
