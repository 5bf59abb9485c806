namespace Meter.Core.Money
{
    /// <summary>
    /// Amounts are whole cents in a long. Cents turns them into and out of the OPSCOM amount string
    /// ("14.50": at least three digits, exactly two of them decimals) without floating point.
    /// </summary>
    public static class Cents
    {
        /// <summary>Smallest amount OPSCOM accepts, in cents ($0.01).</summary>
        public const long Minimum = 1;

        /// <summary>Largest amount OPSCOM accepts, in cents ($999999.99).</summary>
        public const long Maximum = 99999999;

        /// <summary>True when OPSCOM accepts the amount (0.01 to 999999.99).</summary>
        public static bool IsInOpsComRange(long cents)
        {
            return cents >= Minimum && cents <= Maximum;
        }

        /// <summary>
        /// Formats cents as the OPSCOM amount string. Out-of-range amounts throw: they are never clamped,
        /// because a wrong amount on a permit is worse than a sale that refuses to go out.
        /// </summary>
        public static string ToOpsComAmount(long cents)
        {
            if (!IsInOpsComRange(cents))
            {
                throw new System.ArgumentOutOfRangeException("cents", "amount must be 0.01 to 999999.99");
            }

            return Format(cents);
        }

        /// <summary>Writes an OPSCOM amount ("14.50") into a buffer without allocating; returns the offset after it. Range as <see cref="ToOpsComAmount"/>.</summary>
        public static int WriteOpsComAmount(long cents, char[] buffer, int offset)
        {
            if (!IsInOpsComRange(cents))
            {
                throw new System.ArgumentOutOfRangeException("cents", "amount must be 0.01 to 999999.99");
            }

            long dollars = cents / 100;
            int width = 1;
            for (long rest = dollars / 10; rest > 0; rest /= 10)
            {
                width++;
            }

            offset = Time.TimeText.Digits(dollars, width, buffer, offset);
            buffer[offset++] = '.';
            return Time.TimeText.Digits(cents % 100, 2, buffer, offset);
        }

        /// <summary>Formats any non-negative amount as dollars and two-digit cents ("0.00", "2.50").</summary>
        public static string Format(long cents)
        {
            return Format(cents, '.');
        }

        /// <summary>Dollars and two-digit cents with <paramref name="separator"/> between them (French: "2,50").</summary>
        public static string Format(long cents, char separator)
        {
            // Negated one digit group at a time: -long.MinValue does not exist.
            long fraction = cents % 100;
            long whole = cents / 100;
            string sign = cents < 0 ? "-" : "";
            fraction = fraction < 0 ? -fraction : fraction;
            string wholeText = whole < 0 ? (-whole).ToString() : whole.ToString();
            return sign + wholeText + (fraction < 10 ? separator + "0" : separator.ToString()) + fraction.ToString();
        }

        /// <summary>
        /// Parses "2", "2.5" or "2.50" (no sign, no thousands separators, at most two decimals) into cents.
        /// Returns false for anything else, including amounts above <see cref="Maximum"/>.
        /// </summary>
        public static bool TryParse(string text, out long cents)
        {
            cents = 0;
            if (text == null || text.Length == 0 || text.Length > 12)
            {
                return false;
            }

            int dot = text.IndexOf('.');
            string whole = dot < 0 ? text : text.Substring(0, dot);
            string fraction = dot < 0 ? "" : text.Substring(dot + 1);
            if (whole.Length == 0 || (dot >= 0 && (fraction.Length == 0 || fraction.Length > 2)))
            {
                return false;
            }

            long dollars;
            long fractionValue;
            if (!TryParseDigits(whole, out dollars) || !TryParseDigits(fraction, out fractionValue))
            {
                return false;
            }

            if (fraction.Length == 1)
            {
                fractionValue *= 10;
            }

            cents = dollars * 100 + fractionValue;
            return cents <= Maximum;
        }

        /// <summary>
        /// Parses the strict OPSCOM amount form: digits, a dot, exactly two decimals, at least three digits,
        /// within 0.01 to 999999.99.
        /// </summary>
        public static bool TryParseOpsComAmount(string text, out long cents)
        {
            cents = 0;
            if (text == null || text.Length < 4 || text.Length > 9 || text[text.Length - 3] != '.')
            {
                return false;
            }

            return TryParse(text, out cents) && IsInOpsComRange(cents);
        }

        // Only ASCII digits: long.Parse would also take signs and white space.
        private static bool TryParseDigits(string text, out long value)
        {
            value = 0;
            if (text.Length > 9)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }
    }
}
