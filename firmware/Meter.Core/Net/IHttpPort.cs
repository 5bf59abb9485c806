namespace Meter.Core.Net
{
    /// <summary>
    /// The HTTP port: POST bytes to a URL with a deadline and read the answer into a buffer the caller
    /// owns (its length is the size cap: the device heap is small). The device adapter wraps
    /// nanoFramework's HttpClient (whose own timeout is infinite unless set); the host one System.Net.Http.
    /// </summary>
    public interface IHttpPort
    {
        /// <summary>
        /// Returns one of <see cref="HttpOutcome"/>. On <see cref="HttpOutcome.Answered"/>, <paramref name="status"/>
        /// is the HTTP status and the body is in <paramref name="response"/>[0..<paramref name="length"/>).
        /// Never throws for network trouble.
        /// </summary>
        HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length);
    }
}
