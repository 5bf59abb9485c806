namespace Meter.Core.Net
{
    /// <summary>How an HTTP exchange ended; the difference matters for "exactly once". Names for logs: <see cref="HttpOutcomes"/>.</summary>
    public enum HttpOutcome
    {
        /// <summary>A complete answer arrived (any status).</summary>
        Answered = 0,

        /// <summary>No connection was made (DNS, refused, no network): the server certainly did not see the request.</summary>
        NotConnected = 1,

        /// <summary>Sent, but no complete answer (deadline, reset): the server may or may not have acted on it.</summary>
        NoAnswer = 2,

        /// <summary>The answer was larger than the buffer: treated as no answer.</summary>
        TooLarge = 3,
    }
}
