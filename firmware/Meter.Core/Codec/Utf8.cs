namespace Meter.Core.Codec
{
    /// <summary>
    /// UTF-8 without System.Text (which nanoFramework's mscorlib lacks). Lone surrogates are written as
    /// U+FFFD; invalid input decodes to one U+FFFD per bad byte.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Bytes needed to encode the string.</summary>
        public static int Count(string text)
        {
            int bytes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    bytes += 1;
                }
                else if (c < 0x800)
                {
                    bytes += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    bytes += 4;
                    i++;
                }
                else
                {
                    bytes += 3;
                }
            }

            return bytes;
        }

        /// <summary>Writes the string at <paramref name="offset"/>; returns the offset after it. The buffer must have room.</summary>
        public static int Write(string text, byte[] buffer, int offset)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    buffer[offset++] = (byte)c;
                    continue;
                }

                if (c < 0x800)
                {
                    buffer[offset++] = (byte)(0xC0 | (c >> 6));
                    buffer[offset++] = (byte)(0x80 | (c & 0x3F));
                    continue;
                }

                if (IsHighSurrogate((char)c) && i + 1 < text.Length && IsLowSurrogate(text[i + 1]))
                {
                    int code = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
                    buffer[offset++] = (byte)(0xF0 | (code >> 18));
                    buffer[offset++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    buffer[offset++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    buffer[offset++] = (byte)(0x80 | (code & 0x3F));
                    continue;
                }

                if (IsHighSurrogate((char)c) || IsLowSurrogate((char)c))
                {
                    c = 0xFFFD;
                }

                buffer[offset++] = (byte)(0xE0 | (c >> 12));
                buffer[offset++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[offset++] = (byte)(0x80 | (c & 0x3F));
            }

            return offset;
        }

        /// <summary>The UTF-8 bytes of a string, in a new array.</summary>
        public static byte[] GetBytes(string text)
        {
            byte[] bytes = new byte[Count(text)];
            Write(text, bytes, 0);
            return bytes;
        }

        /// <summary>Decodes bytes into a string. ASCII, the usual case, takes a fast path.</summary>
        public static string Read(byte[] data, int offset, int count)
        {
            char[] chars = new char[count];
            int length = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = data[i];
                if (b < 0x80)
                {
                    chars[length++] = (char)b;
                    i++;
                    continue;
                }

                int needed = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
                int code = needed == 3 ? b & 0x07 : needed == 2 ? b & 0x0F : b & 0x1F;
                bool valid = needed > 0 && i + needed < end;
                for (int j = 1; valid && j <= needed; j++)
                {
                    int next = data[i + j];
                    valid = (next & 0xC0) == 0x80;
                    code = (code << 6) | (next & 0x3F);
                }

                // Overlong forms, surrogates and values past U+10FFFF are invalid too.
                valid = valid && !(needed == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
                    && !(needed == 3 && (code < 0x10000 || code > 0x10FFFF));
                if (!valid)
                {
                    chars[length++] = '\uFFFD';
                    i++;
                    continue;
                }

                if (code >= 0x10000)
                {
                    code -= 0x10000;
                    chars[length++] = (char)(0xD800 + (code >> 10));
                    chars[length++] = (char)(0xDC00 + (code & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)code;
                }

                i += needed + 1;
            }

            return new string(chars, 0, length);
        }

        private static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }
    }
}
