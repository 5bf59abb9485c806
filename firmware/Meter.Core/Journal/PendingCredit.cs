using Meter.Core.Codec;

namespace Meter.Core.Journal
{
    /// <summary>
    /// Money inserted for a sale not yet recorded, as the sale it would be: kept in one small file that each
    /// coin rewrites (littlefs replaces it atomically), deleted once the sale is in the journal. After a power
    /// cut in the middle of paying, the meter records it at boot, so credit always buys time.
    /// Format (little-endian): u8 version, u32 serial (which of two alternating copies is newer), u32 extended
    /// seq (0: a new permit), u32 sold, start, end (seconds since 1970), u32 charged cents, u32 overpaid cents,
    /// plate (u8 length + UTF-8), u32 CRC-32 of the rest.
    /// </summary>
    public sealed class PendingCredit
    {
        private const int Version = 1;

        /// <summary>Largest encoding, bytes.</summary>
        public const int MaximumBytes = 1 + 7 * 4 + 1 + PermitRecord.MaximumPlateLength + 4;

        private const int PlateAt = 1 + 7 * 4;

        /// <summary>The credit as the sale it would be: <paramref name="extendsSeq"/> 0 for a new permit; times UTC ms, amounts cents.</summary>
        public PendingCredit(int extendsSeq, string plate, long soldUtcMs, long startUtcMs, long endUtcMs, long chargedCents, long overpaidCents)
        {
            ExtendsSeq = extendsSeq;
            Plate = plate;
            SoldUtcMs = JournalRules.Stored(soldUtcMs);
            StartUtcMs = JournalRules.Stored(startUtcMs);
            EndUtcMs = JournalRules.Stored(endUtcMs);
            ChargedCents = chargedCents;
            OverpaidCents = overpaidCents;
        }

        /// <summary>Which write this is: of two copies, the valid one with the higher serial is the credit.</summary>
        public long Serial { get; set; }

        /// <summary>The permit the credit adds time to, or 0 for a new one.</summary>
        public int ExtendsSeq { get; private set; }

        /// <summary>The plate keyed in.</summary>
        public string Plate { get; private set; }

        /// <summary>When the last coin went in, UTC ms (whole seconds).</summary>
        public long SoldUtcMs { get; private set; }

        /// <summary>When the permit would start, UTC ms (whole seconds).</summary>
        public long StartUtcMs { get; private set; }

        /// <summary>When the permit (or the added time) would end, UTC ms (whole seconds).</summary>
        public long EndUtcMs { get; private set; }

        /// <summary>What the time costs, cents.</summary>
        public long ChargedCents { get; private set; }

        /// <summary>Credit beyond the maximum stay, cents: kept by the meter, counted as overpaid.</summary>
        public long OverpaidCents { get; private set; }

        /// <summary>Writes the credit from the start of <paramref name="buffer"/>; returns its length.</summary>
        public int Encode(byte[] buffer)
        {
            buffer[0] = Version;
            int p = PermitCodec.PutU32(buffer, 1, Serial);
            p = PermitCodec.PutU32(buffer, p, ExtendsSeq);
            p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(SoldUtcMs));
            p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(StartUtcMs));
            p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(EndUtcMs));
            p = PermitCodec.PutU32(buffer, p, ChargedCents);
            p = PermitCodec.PutU32(buffer, p, OverpaidCents);
            p = PermitCodec.PutText(buffer, p, Plate);
            return PermitCodec.PutU32(buffer, p, Crc32.Compute(buffer, 0, p));
        }

        /// <summary>The credit in <paramref name="data"/>, or null when it is torn, corrupt or of another version.</summary>
        public static PendingCredit Decode(byte[] data)
        {
            if (data == null || data.Length < PlateAt + 1 + 4 || data[0] != Version)
            {
                return null;
            }

            int plateLength = data[PlateAt];
            int end = PlateAt + 1 + plateLength;
            if (end + 4 != data.Length || Crc32.Compute(data, 0, end) != (uint)PermitCodec.GetU32(data, end))
            {
                return null;
            }

            PendingCredit credit = new PendingCredit((int)PermitCodec.GetU32(data, 5), Utf8.Read(data, PlateAt + 1, plateLength), PermitCodec.GetU32(data, 9) * 1000,
                PermitCodec.GetU32(data, 13) * 1000, PermitCodec.GetU32(data, 17) * 1000, PermitCodec.GetU32(data, 21), PermitCodec.GetU32(data, 25));
            credit.Serial = PermitCodec.GetU32(data, 1);
            return credit;
        }
    }
}
