namespace Meter.Core.Config
{
    /// <summary>Strict parsers for configuration values: int.Parse would also take white space and '+'.</summary>
    public static class ConfigValues
    {
        /// <summary>Decimal digits with an optional leading '-', or "0x" and hex digits; up to 9 digits.</summary>
        public static bool TryParseInt(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0)
            {
                return false;
            }

            if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
            {
                return TryParseHex(text, out value);
            }

            bool negative = text[0] == '-';
            int start = negative ? 1 : 0;
            if (text.Length == start || text.Length - start > 9)
            {
                return false;
            }

            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>Splits on runs of spaces and tabs (string.Split would give empty parts between them).</summary>
        public static string[] Words(string text)
        {
            System.Collections.ArrayList words = new System.Collections.ArrayList();
            string[] parts = text.Split(' ', '\t');
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length > 0)
                {
                    words.Add(parts[i]);
                }
            }

            return (string[])words.ToArray(typeof(string));
        }

        private static bool TryParseHex(string text, out int value)
        {
            value = 0;
            if (text.Length > 10)
            {
                return false;
            }

            for (int i = 2; i < text.Length; i++)
            {
                char c = text[i];
                int digit;
                if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (c >= 'a' && c <= 'f')
                {
                    digit = c - 'a' + 10;
                }
                else if (c >= 'A' && c <= 'F')
                {
                    digit = c - 'A' + 10;
                }
                else
                {
                    return false;
                }

                value = value * 16 + digit;
            }

            return value >= 0;
        }
    }
}
