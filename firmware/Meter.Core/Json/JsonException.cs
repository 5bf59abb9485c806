namespace Meter.Core.Json
{
    /// <summary>Invalid or over-limit JSON, with the byte offset where reading stopped.</summary>
    public sealed class JsonException : System.Exception
    {
        public JsonException(string message, int position)
            : base(message + " at byte " + position.ToString())
        {
            Position = position;
        }

        public int Position { get; private set; }
    }
}
