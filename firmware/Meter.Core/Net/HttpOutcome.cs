namespace Meter.Core.Net
{
    /// <summary>How an HTTP exchange ended; the difference matters for "exactly once".</summary>
    public static class HttpOutcome
    {
        /// <summary>A complete answer arrived (any status).</summary>
        public const int Answered = 0;

        /// <summary>No connection was made (DNS, refused, no network): the server certainly did not see the request.</summary>
        public const int NotConnected = 1;

        /// <summary>Sent, but no complete answer (deadline, reset): the server may or may not have acted on it.</summary>
        public const int NoAnswer = 2;

        /// <summary>The answer was larger than the buffer: treated as no answer.</summary>
        public const int TooLarge = 3;

        public static string Name(int outcome)
        {
            switch (outcome)
            {
                case Answered: return "answered";
                case NotConnected: return "not connected";
                case NoAnswer: return "no answer";
                default: return "answer too large";
            }
        }
    }
}
