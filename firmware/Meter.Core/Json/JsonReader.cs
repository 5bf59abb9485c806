using Meter.Core.Codec;

namespace Meter.Core.Json
{
    /// <summary>
    /// A pull reader over UTF-8 bytes that accepts exactly RFC 8259 documents: any value at the top,
    /// strict numbers, escapes and UTF-8, nothing but white space after the value. A leading byte order
    /// mark is ignored (RFC 8259 allows it). Lone surrogates in \u escapes are rejected. Depth and string
    /// length are bounded and nesting is tracked in a fixed array, so no input can exhaust the stack or
    /// the heap. Every error throws <see cref="JsonException"/> with its byte position.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>Deepest nesting read by default.</summary>
        public const int DefaultMaximumDepth = 32;
        /// <summary>Longest string read by default, UTF-8 bytes.</summary>
        public const int DefaultMaximumStringBytes = 2048;

        private const int ExpectValue = 0;
        private const int ExpectValueOrEnd = 1;
        private const int ExpectNameOrEnd = 2;
        private const int ExpectName = 3;
        private const int ExpectCommaOrEnd = 4;
        private const int ExpectNothing = 5;

        private readonly int _maximumStringBytes;
        private byte[] _data;
        private int _end;
        private readonly bool[] _inObject;
        private int _position;
        private int _depth;
        private int _expect;
        private int _valueStart;
        private int _valueLength;
        private bool _valueEscaped;

        /// <summary>A reader over <paramref name="count"/> bytes of UTF-8 JSON, with the default limits.</summary>
        public JsonReader(byte[] data, int offset, int count)
            : this(data, offset, count, DefaultMaximumDepth, DefaultMaximumStringBytes)
        {
        }

        /// <summary>A reader over <paramref name="count"/> bytes of UTF-8 JSON, refusing deeper nesting or longer strings than given.</summary>
        public JsonReader(byte[] data, int offset, int count, int maximumDepth, int maximumStringBytes)
        {
            _maximumStringBytes = maximumStringBytes;
            _inObject = new bool[maximumDepth];
            Reset(data, offset, count);
        }

        /// <summary>Starts over on another document, so one reader serves every answer (no allocation).</summary>
        public void Reset(byte[] data, int offset, int count)
        {
            _data = data;
            _position = offset;
            _end = offset + count;
            _depth = 0;
            _expect = ExpectValue;
            Token = JsonToken.None;
            if (count >= 3 && data[offset] == 0xEF && data[offset + 1] == 0xBB && data[offset + 2] == 0xBF)
            {
                _position += 3;
            }
        }

        /// <summary>The last token read (see <see cref="JsonToken"/>).</summary>
        public JsonToken Token { get; private set; }

        /// <summary>Objects and arrays open around the current token.</summary>
        public int Depth
        {
            get { return _depth; }
        }

        /// <summary>Reads the next token; <see cref="JsonToken.End"/> once the whole document has been read.</summary>
        public JsonToken Read()
        {
            SkipWhiteSpace();
            if (_position >= _end)
            {
                if (_expect == ExpectNothing)
                {
                    Token = JsonToken.End;
                    return Token;
                }

                throw new JsonException("unexpected end of document", _position);
            }

            byte b = _data[_position];
            switch (_expect)
            {
                case ExpectNothing:
                    throw new JsonException("unexpected data after the document", _position);
                case ExpectCommaOrEnd:
                    if (b == ',')
                    {
                        _position++;
                        _expect = _inObject[_depth - 1] ? ExpectName : ExpectValue;
                        return Read();
                    }

                    return Close(b);
                case ExpectNameOrEnd:
                    return b == '}' ? Close(b) : ReadName();
                case ExpectName:
                    return ReadName();
                case ExpectValueOrEnd:
                    return b == ']' ? Close(b) : ReadValue(b);
                default:
                    return ReadValue(b);
            }
        }

        /// <summary>Skips the value just started (an object or array with everything in it, or a scalar).</summary>
        public void Skip()
        {
            if (Token == JsonToken.PropertyName)
            {
                Read();
            }

            if (Token != JsonToken.StartObject && Token != JsonToken.StartArray)
            {
                return;
            }

            int depth = _depth;
            while (_depth >= depth)
            {
                Read();
            }
        }

        /// <summary>True when the current string or property name is exactly this ASCII text (no allocation).</summary>
        public bool ValueEquals(string ascii)
        {
            if (_valueEscaped)
            {
                return GetString() == ascii;
            }

            if (_valueLength != ascii.Length)
            {
                return false;
            }

            for (int i = 0; i < _valueLength; i++)
            {
                if (_data[_valueStart + i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The current string or property name, escapes decoded.</summary>
        public string GetString()
        {
            if (Token != JsonToken.String && Token != JsonToken.PropertyName)
            {
                throw new JsonException("not a string", _position);
            }

            return _valueEscaped ? JsonStrings.Unescape(_data, _valueStart, _valueLength) : Utf8.Read(_data, _valueStart, _valueLength);
        }

        /// <summary>The current number as a whole number; throws for fractions, exponents and overflow.</summary>
        public long GetInt64()
        {
            if (Token != JsonToken.Number)
            {
                throw new JsonException("not a number", _position);
            }

            long value = 0;
            bool negative = _data[_valueStart] == '-';
            for (int i = negative ? 1 : 0; i < _valueLength; i++)
            {
                int digit = _data[_valueStart + i] - '0';
                if (digit < 0 || digit > 9 || value > (long.MaxValue - digit) / 10)
                {
                    throw new JsonException("not a whole number in range", _valueStart);
                }

                value = value * 10 + digit;
            }

            return negative ? -value : value;
        }

        /// <summary>The current number's text as it appeared.</summary>
        public string GetNumberText()
        {
            return Utf8.Read(_data, _valueStart, _valueLength);
        }

        private JsonToken ReadName()
        {
            if (_data[_position] != '"')
            {
                throw new JsonException("expected a property name", _position);
            }

            ReadStringBody();
            SkipWhiteSpace();
            if (_position >= _end || _data[_position] != ':')
            {
                throw new JsonException("expected ':'", _position);
            }

            _position++;
            _expect = ExpectValue;
            Token = JsonToken.PropertyName;
            return Token;
        }

        private JsonToken ReadValue(byte b)
        {
            if (b == '{' || b == '[')
            {
                if (_depth == _inObject.Length)
                {
                    throw new JsonException("nested deeper than " + _inObject.Length.ToString(), _position);
                }

                _inObject[_depth++] = b == '{';
                _position++;
                _expect = b == '{' ? ExpectNameOrEnd : ExpectValueOrEnd;
                Token = b == '{' ? JsonToken.StartObject : JsonToken.StartArray;
                return Token;
            }

            if (b == '"')
            {
                ReadStringBody();
                Token = JsonToken.String;
            }
            else if (b == '-' || (b >= '0' && b <= '9'))
            {
                ReadNumber();
                Token = JsonToken.Number;
            }
            else if (b == 't')
            {
                Literal("true");
                Token = JsonToken.True;
            }
            else if (b == 'f')
            {
                Literal("false");
                Token = JsonToken.False;
            }
            else if (b == 'n')
            {
                Literal("null");
                Token = JsonToken.Null;
            }
            else
            {
                throw new JsonException("unexpected character", _position);
            }

            AfterValue();
            return Token;
        }

        private JsonToken Close(byte b)
        {
            bool inObject = _inObject[_depth - 1];
            if ((b == '}' && !inObject) || (b == ']' && inObject) || (b != '}' && b != ']'))
            {
                throw new JsonException(inObject ? "expected ',' or '}'" : "expected ',' or ']'", _position);
            }

            _position++;
            _depth--;
            Token = inObject ? JsonToken.EndObject : JsonToken.EndArray;
            AfterValue();
            return Token;
        }

        private void AfterValue()
        {
            _expect = _depth == 0 ? ExpectNothing : ExpectCommaOrEnd;
        }

        private void ReadStringBody()
        {
            int start = _position + 1;
            _position = JsonStrings.ScanString(_data, start, _end, _maximumStringBytes, out _valueEscaped);
            _valueStart = start;
            _valueLength = _position - start;
            _position++;
        }

        private void ReadNumber()
        {
            _valueStart = _position;
            _position = JsonNumbers.Scan(_data, _position, _end);
            _valueLength = _position - _valueStart;
            _valueEscaped = false;
        }

        private void Literal(string word)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (_position >= _end || _data[_position] != word[i])
                {
                    throw new JsonException("bad literal, expected " + word, _position);
                }

                _position++;
            }
        }

        private void SkipWhiteSpace()
        {
            while (_position < _end)
            {
                byte b = _data[_position];
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r')
                {
                    return;
                }

                _position++;
            }
        }
    }
}
