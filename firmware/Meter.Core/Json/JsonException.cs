namespace Meter.Core.Json
{
    /// <summary>Invalid or over-limit JSON, with the byte offset where reading stopped.</summary>
    public sealed class JsonException : System.Exception
    {
        /// <summary>Malformed or over-limit JSON at byte <paramref name="position"/>.</summary>
        public JsonException(string message, int position)
            : base(message + " at byte " + position.ToString())
        {
            Position = position;
        }

        /// <summary>Byte offset in the input where the problem was found.</summary>
        public int Position { get; private set; }
    }
}
