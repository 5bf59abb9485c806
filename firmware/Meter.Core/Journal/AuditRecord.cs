using Meter.Core.Codec;

namespace Meter.Core.Journal
{
    /// <summary>
    /// What the audit files hold: the open period's totals and the credit of a sale being paid, if any.
    /// Payload (inside <see cref="TwoCopyFile"/>): u8 version, u8 flags (1: a credit follows, 2: it is a test
    /// sale, 4: totals follow), the totals, then the credit: varint extended seq, varint first seq (version 4
    /// on), u32 sold, start and end (seconds since 1970), varint charged and overpaid cents, the plate as u8
    /// length + UTF-8. Small on purpose: written with every coin, it fits one 128-byte littlefs program unit.
    /// Version 3 (no first seq) is still read.
    /// </summary>
    public static class AuditRecord
    {
        private const int Version = 4;
        private const int VersionWithoutFirstSeq = 3;
        private const int HasCredit = 1;
        private const int IsTest = 2;
        private const int HasTotals = 4;

        /// <summary>Largest payload, bytes.</summary>
        public const int MaximumBytes = 2 + AuditTotals.MaximumEncodedBytes + 4 * Varint.MaximumBytes + 3 * 4 + 1 + PermitRecord.MaximumPlateLength * 3;

        /// <summary>
        /// Writes the payload at <paramref name="offset"/>; returns its length. Totals null: the credit alone (a meter
        /// keeping no audit, the benchmark's baseline). <paramref name="firstSeq"/>: the journal's next permit number.
        /// </summary>
        public static int Encode(AuditTotals totals, PendingCredit credit, int firstSeq, byte[] buffer, int offset)
        {
            buffer[offset] = Version;
            buffer[offset + 1] = (byte)((credit != null ? HasCredit : 0) | (credit != null && credit.IsTest ? IsTest : 0) | (totals != null ? HasTotals : 0));
            int p = totals == null ? offset + 2 : totals.Encode(buffer, offset + 2);
            if (credit != null)
            {
                p = Varint.Put(buffer, p, credit.ExtendsSeq);
                p = Varint.Put(buffer, p, firstSeq);
                p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(credit.SoldUtcMs));
                p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(credit.StartUtcMs));
                p = PermitCodec.PutU32(buffer, p, PermitCodec.Seconds(credit.EndUtcMs));
                p = Varint.Put(buffer, p, credit.ChargedCents);
                p = Varint.Put(buffer, p, credit.OverpaidCents);
                p = PermitCodec.PutText(buffer, p, credit.Plate);
            }

            return p - offset;
        }

        /// <summary>
        /// The totals in a payload (null when it holds none, or is not one this meter writes), and in
        /// <paramref name="credit"/> the credit it holds, or null.
        /// </summary>
        public static AuditTotals Decode(byte[] payload, out PendingCredit credit)
        {
            credit = null;
            if (payload == null || payload.Length < 2 || (payload[0] != Version && payload[0] != VersionWithoutFirstSeq))
            {
                return null;
            }

            int flags = payload[1];
            int p = 2;
            try
            {
                AuditTotals totals = (flags & HasTotals) != 0 ? AuditTotals.Decode(payload, ref p) : null;
                if ((flags & HasCredit) != 0)
                {
                    int extendsSeq = (int)Varint.Get(payload, ref p);
                    int firstSeq = payload[0] == Version ? (int)Varint.Get(payload, ref p) : 0;
                    if (p + 13 > payload.Length)
                    {
                        throw new System.ArgumentException("credit cut short");
                    }

                    long sold = PermitCodec.GetU32(payload, p) * 1000;
                    long start = PermitCodec.GetU32(payload, p + 4) * 1000;
                    long end = PermitCodec.GetU32(payload, p + 8) * 1000;
                    p += 12;
                    long charged = Varint.Get(payload, ref p);
                    long overpaid = Varint.Get(payload, ref p);
                    int plateLength = p < payload.Length ? payload[p] : 0;
                    if (p + 1 + plateLength > payload.Length)
                    {
                        throw new System.ArgumentException("plate cut short");
                    }

                    credit = new PendingCredit(extendsSeq, Utf8.Read(payload, p + 1, plateLength), sold, start, end, charged, overpaid, (flags & IsTest) != 0);
                    credit.FirstSeq = firstSeq;
                }

                return totals;
            }
            catch (System.ArgumentException)
            {
                credit = null;
                return null;
            }
        }
    }
}
