namespace Meter.Core.Json
{
    /// <summary>The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, at most 64 characters.</summary>
    internal static class JsonNumbers
    {
        /// <summary>Returns the offset after the number starting at <paramref name="start"/>, or throws.</summary>
        public static int Scan(byte[] data, int start, int end)
        {
            int p = start;
            if (data[p] == '-')
            {
                p++;
            }

            if (p < end && data[p] == '0')
            {
                p++;
            }
            else if (!Digits(data, ref p, end))
            {
                throw new JsonException("bad number", p);
            }

            if (p < end && data[p] == '.')
            {
                p++;
                if (!Digits(data, ref p, end))
                {
                    throw new JsonException("bad number fraction", p);
                }
            }

            if (p < end && (data[p] == 'e' || data[p] == 'E'))
            {
                p++;
                if (p < end && (data[p] == '+' || data[p] == '-'))
                {
                    p++;
                }

                if (!Digits(data, ref p, end))
                {
                    throw new JsonException("bad number exponent", p);
                }
            }

            if (p - start > 64)
            {
                throw new JsonException("number longer than 64 characters", start);
            }

            return p;
        }

        private static bool Digits(byte[] data, ref int p, int end)
        {
            int start = p;
            while (p < end && data[p] >= '0' && data[p] <= '9')
            {
                p++;
            }

            return p > start;
        }
    }
}
