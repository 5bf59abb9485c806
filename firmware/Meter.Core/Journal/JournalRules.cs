using Meter.Core.Codec;
using Meter.Core.Money;

namespace Meter.Core.Journal
{
    /// <summary>
    /// What the journal accepts, checked before anything is written: the seed's limits (plate 25
    /// characters, zone 200, amount 0.01-999999.99, reference id 50), so a stored permit can always be sent.
    /// </summary>
    public static class JournalRules
    {
        /// <summary>Null when the sale is acceptable, else the reason.</summary>
        public static string CheckSale(string plate, string zone, string currency, long startUtcMs, long endUtcMs, long amountCents)
        {
            if (plate == null || plate.Length == 0 || plate.Length > PermitRecord.MaximumPlateLength)
            {
                return "plate must be 1-25 characters";
            }

            if (zone == null || zone.Length > PermitRecord.MaximumZoneBytes || Utf8.Count(zone) > 255)
            {
                return "zone must be at most 200 characters";
            }

            if (!Money.Currency.IsSupported(currency))
            {
                return "currency must be CAD or USD";
            }

            if (!Cents.IsInOpsComRange(amountCents))
            {
                return "amount must be 0.01 to 999999.99";
            }

            // Stored as 32-bit seconds: 2001 to 2106.
            if (startUtcMs < 1000000000000L || endUtcMs <= startUtcMs || endUtcMs > 4294967295000L)
            {
                return "a permit must end after it starts, at a trusted time";
            }

            return null;
        }

        /// <summary>A time as the journal stores it: whole seconds (UTC ms, the milliseconds dropped).</summary>
        public static long Stored(long utcMs)
        {
            return utcMs - utcMs % 1000;
        }

        /// <summary>Null when OPSCOM's reference id can be stored, else why not.</summary>
        public static string CheckReference(string referenceId)
        {
            if (referenceId == null || referenceId.Length == 0 || referenceId.Length > PermitRecord.MaximumReferenceLength || Utf8.Count(referenceId) > 255)
            {
                return "reference id must be 1-50 characters";
            }

            return null;
        }

        private static bool EndsInsidePair(string text)
        {
            char last = text.Length == 0 ? ' ' : text[text.Length - 1];
            return last >= (char)0xD800 && last <= (char)0xDBFF;
        }

        /// <summary>Cuts text to at most <paramref name="maximumBytes"/> of UTF-8, on a character boundary.</summary>
        public static string Clip(string text, int maximumBytes)
        {
            if (text == null)
            {
                return "";
            }

            if (text.Length > maximumBytes)
            {
                text = text.Substring(0, maximumBytes);
            }

            while (Utf8.Count(text) > maximumBytes || EndsInsidePair(text))
            {
                text = text.Substring(0, text.Length - 1);
            }

            return text;
        }
    }
}
