using System.Net;
using System.Net.Http.Headers;
using Meter.Core.Net;

namespace Meter.Host.Net;

/// <summary>
/// The HTTP port over System.Net.Http. Tells "never sent" (the body never started out: OPSCOM certainly
/// did not act) apart from "sent, no complete answer" (it may have), which the sync engine treats
/// differently: the first touches no record, the second counts as an attempt.
/// </summary>
public sealed class SystemNetHttpPort : IHttpPort, IDisposable
{
    private readonly HttpClient _client;

    public SystemNetHttpPort()
    {
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            // Deadlines are per request (below); the client's own timeout must not cut in first.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public int Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        status = 0;
        length = 0;
        using var deadline = new CancellationTokenSource(deadlineMs);
        using var content = new TrackedContent(body, count);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var answer = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)answer.StatusCode;
            using var stream = answer.Content.ReadAsStream(deadline.Token);
            while (true)
            {
                if (length == response.Length)
                {
                    // One byte more than the cap means the answer is too large.
                    return stream.ReadByte() < 0 ? HttpOutcome.Answered : HttpOutcome.TooLarge;
                }

                int read = stream.Read(response, length, response.Length - length);
                if (read == 0)
                {
                    return HttpOutcome.Answered;
                }

                length += read;
            }
        }
        catch (Exception error) when (error is HttpRequestException or IOException or OperationCanceledException)
        {
            return content.Started ? HttpOutcome.NoAnswer : HttpOutcome.NotConnected;
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The request body, noting whether sending it ever began.</summary>
    private sealed class TrackedContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly int _count;

        public TrackedContent(byte[] body, int count)
        {
            _body = body;
            _count = count;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public bool Started { get; private set; }

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            Started = true;
            stream.Write(_body, 0, _count);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Started = true;
            return stream.WriteAsync(_body, 0, _count);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _count;
            return true;
        }
    }
}
