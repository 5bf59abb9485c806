using Meter.Core.Codec;

namespace Meter.Core.Json
{
    /// <summary>
    /// Writes compact JSON as UTF-8 into a buffer the caller owns and reuses, so building a request
    /// allocates nothing. Strings are escaped per RFC 8259 (quote, backslash, control characters); other
    /// characters go out as UTF-8. Running out of room throws: the buffer is sized for the largest request.
    /// </summary>
    public sealed class JsonWriter
    {
        private const string Hex = "0123456789abcdef";

        // Quote, backslash and the C0 controls: found with IndexOfAny, which runs natively on the device.
        private static readonly char[] NeedsEscape = BuildEscapeSet();
        private readonly byte[] _buffer;
        private int _length;
        private bool _needComma;

        /// <summary>A writer into <paramref name="buffer"/>, which bounds what it can write.</summary>
        public JsonWriter(byte[] buffer)
        {
            _buffer = buffer;
        }

        /// <summary>The buffer written into; the request is its first <see cref="Length"/> bytes.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes written so far.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Starts over at the beginning of the buffer.</summary>
        public void Reset()
        {
            _length = 0;
            _needComma = false;
        }

        /// <summary>Writes '{'.</summary>
        public void StartObject()
        {
            Separator();
            Byte((byte)'{');
            _needComma = false;
        }

        /// <summary>Writes '}'.</summary>
        public void EndObject()
        {
            Byte((byte)'}');
            _needComma = true;
        }

        /// <summary>Writes '['.</summary>
        public void StartArray()
        {
            Separator();
            Byte((byte)'[');
            _needComma = false;
        }

        /// <summary>Writes ']'.</summary>
        public void EndArray()
        {
            Byte((byte)']');
            _needComma = true;
        }

        /// <summary>A property name; the value must follow.</summary>
        /// <summary>A property name. Null throws before anything is written, so the buffer stays valid JSON so far.</summary>
        public void Name(string name)
        {
            RequireText(name, "name");
            Separator();
            Quoted(name);
            Byte((byte)':');
            _needComma = false;
        }

        /// <summary>A string value. Null throws before anything is written (write no property rather than a half one).</summary>
        public void String(string value)
        {
            RequireText(value, "value");
            Separator();
            Quoted(value);
            _needComma = true;
        }

        /// <summary>
        /// A string from characters the caller formatted without allocating (dates, amounts). Only
        /// printable ASCII other than quote and backslash is allowed: such text needs no escaping.
        /// </summary>
        public void String(char[] chars, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                char c = chars[i];
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
                {
                    throw new JsonException("character needs escaping", _length);
                }
            }

            Separator();
            Byte((byte)'"');
            for (int i = offset; i < offset + count; i++)
            {
                Byte((byte)chars[i]);
            }

            Byte((byte)'"');
            _needComma = true;
        }

        /// <summary>"name": "value" in one call.</summary>
        public void Property(string name, string value)
        {
            RequireText(value, "value");
            Name(name);
            String(value);
        }

        private static void RequireText(string text, string what)
        {
            if (text == null)
            {
                throw new System.ArgumentNullException(what);
            }
        }

        /// <summary>Writes a whole number.</summary>
        public void Number(long value)
        {
            Separator();
            Ascii(value.ToString());
            _needComma = true;
        }

        /// <summary>Writes true or false.</summary>
        public void Bool(bool value)
        {
            Separator();
            Ascii(value ? "true" : "false");
            _needComma = true;
        }

        /// <summary>Writes null.</summary>
        public void Null()
        {
            Separator();
            Ascii("null");
            _needComma = true;
        }

        private void Separator()
        {
            if (_needComma)
            {
                Byte((byte)',');
            }
        }

        private void Quoted(string text)
        {
            Byte((byte)'"');
            int start = 0;
            while (true)
            {
                int special = text.IndexOfAny(NeedsEscape, start);
                if (special < 0)
                {
                    Plain(text, start, text.Length);
                    break;
                }

                Plain(text, start, special);
                Escape(text[special]);
                start = special + 1;
            }

            Byte((byte)'"');
        }

        private static char[] BuildEscapeSet()
        {
            char[] set = new char[34];
            for (int i = 0; i < 32; i++)
            {
                set[i] = (char)i;
            }

            set[32] = '"';
            set[33] = '\\';
            return set;
        }

        // Characters that need no escape: ASCII is copied byte for byte, the rest encoded as UTF-8.
        private void Plain(string text, int start, int end)
        {
            if (start == end)
            {
                return;
            }

            string part = start == 0 && end == text.Length ? text : text.Substring(start, end - start);
            if (_length + 4 * part.Length > _buffer.Length && _length + Utf8.Count(part) > _buffer.Length)
            {
                throw new JsonException("JSON buffer full", _length);
            }

            _length = Utf8.Write(part, _buffer, _length);
        }

        private void Escape(char c)
        {
            Byte((byte)'\\');
            switch (c)
            {
                case '"': Byte((byte)'"'); return;
                case '\\': Byte((byte)'\\'); return;
                case '\n': Byte((byte)'n'); return;
                case '\r': Byte((byte)'r'); return;
                case '\t': Byte((byte)'t'); return;
                case '\b': Byte((byte)'b'); return;
                case '\f': Byte((byte)'f'); return;
            }

            Ascii("u00");
            Byte((byte)Hex[(c >> 4) & 0xF]);
            Byte((byte)Hex[c & 0xF]);
        }

        private void Ascii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Byte((byte)text[i]);
            }
        }

        private void Byte(byte value)
        {
            if (_length >= _buffer.Length)
            {
                throw new JsonException("JSON buffer full", _length);
            }

            _buffer[_length++] = value;
        }
    }
}
