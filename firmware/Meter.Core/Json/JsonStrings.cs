namespace Meter.Core.Json
{
    /// <summary>Validation and decoding of JSON string bodies (between the quotes), byte by byte.</summary>
    internal static class JsonStrings
    {
        /// <summary>
        /// Validates a string body starting at <paramref name="start"/>; returns the offset of its closing
        /// quote. Rejects control characters, bad escapes, lone surrogates and invalid UTF-8.
        /// </summary>
        public static int ScanString(byte[] data, int start, int end, int maximumBytes, out bool escaped)
        {
            escaped = false;
            int p = start;
            while (true)
            {
                if (p >= end)
                {
                    throw new JsonException("unterminated string", p);
                }

                if (p - start > maximumBytes)
                {
                    throw new JsonException("string longer than " + maximumBytes.ToString() + " bytes", start);
                }

                int b = data[p];
                if (b == '"')
                {
                    return p;
                }

                if (b < 0x20)
                {
                    throw new JsonException("control character in string", p);
                }

                if (b == '\\')
                {
                    escaped = true;
                    p = Escape(data, p, end);
                    continue;
                }

                p = b < 0x80 ? p + 1 : Utf8Sequence(data, p, end);
            }
        }

        /// <summary>Decodes a validated string body with escapes.</summary>
        public static string Unescape(byte[] data, int start, int length)
        {
            char[] chars = new char[length];
            int count = 0;
            int p = start;
            int end = start + length;
            while (p < end)
            {
                int run = p;
                while (run < end && data[run] != '\\')
                {
                    run++;
                }

                if (run > p)
                {
                    string part = Codec.Utf8.Read(data, p, run - p);
                    for (int i = 0; i < part.Length; i++)
                    {
                        chars[count++] = part[i];
                    }

                    p = run;
                    continue;
                }

                int c = data[p + 1];
                p += 2;
                switch (c)
                {
                    case 'b': chars[count++] = '\b'; break;
                    case 'f': chars[count++] = '\f'; break;
                    case 'n': chars[count++] = '\n'; break;
                    case 'r': chars[count++] = '\r'; break;
                    case 't': chars[count++] = '\t'; break;
                    case 'u':
                        chars[count++] = (char)Hex4(data, p);
                        p += 4;
                        break;
                    default: chars[count++] = (char)c; break;
                }
            }

            return new string(chars, 0, count);
        }

        private static int Escape(byte[] data, int p, int end)
        {
            if (p + 1 >= end)
            {
                throw new JsonException("unterminated escape", p);
            }

            int c = data[p + 1];
            if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't')
            {
                return p + 2;
            }

            if (c != 'u' || p + 6 > end)
            {
                throw new JsonException("bad escape", p);
            }

            int unit = Hex4(data, p + 2);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
                throw new JsonException("lone low surrogate", p);
            }

            if (unit < 0xD800 || unit > 0xDBFF)
            {
                return p + 6;
            }

            // A high surrogate must be followed by an escaped low surrogate.
            if (p + 12 > end || data[p + 6] != '\\' || data[p + 7] != 'u')
            {
                throw new JsonException("lone high surrogate", p);
            }

            int low = Hex4(data, p + 8);
            if (low < 0xDC00 || low > 0xDFFF)
            {
                throw new JsonException("lone high surrogate", p);
            }

            return p + 12;
        }

        private static int Hex4(byte[] data, int p)
        {
            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                int b = data[p + i];
                int digit = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw new JsonException("bad \\u escape", p);
                }

                value = (value << 4) | digit;
            }

            return value;
        }

        // Returns the offset after one valid multi-byte UTF-8 sequence, or throws.
        private static int Utf8Sequence(byte[] data, int p, int end)
        {
            int b = data[p];
            int needed = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (needed < 0 || p + needed >= end)
            {
                throw new JsonException("invalid UTF-8", p);
            }

            int code = b & (needed == 1 ? 0x1F : needed == 2 ? 0x0F : 0x07);
            for (int i = 1; i <= needed; i++)
            {
                int next = data[p + i];
                if ((next & 0xC0) != 0x80)
                {
                    throw new JsonException("invalid UTF-8", p);
                }

                code = (code << 6) | (next & 0x3F);
            }

            bool overlong = (needed == 2 && code < 0x800) || (needed == 3 && code < 0x10000);
            if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            {
                throw new JsonException("invalid UTF-8", p);
            }

            return p + needed + 1;
        }
    }
}
