using System.Net.Http.Headers;
using System.Net.Sockets;
using Meter.Core.Net;

namespace Meter.Host.Net;

/// <summary>
/// The HTTP port over System.Net.Http. Tells "never connected" (OPSCOM certainly did not act) apart
/// from "sent, no complete answer" (it may have), which the sync engine treats differently: the first
/// touches no record, the second counts as an attempt. A failure on a reused connection counts as sent.
/// </summary>
public sealed class SystemNetHttpPort : IHttpPort, IDisposable
{
    private static readonly HttpRequestOptionsKey<ConnectAttempt> Attempt = new("meter.connect");
    private readonly HttpClient _client;

    public SystemNetHttpPort()
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = ConnectAsync,
        };

        // Deadlines are per request (below); the client's own timeout must not cut in first.
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        status = 0;
        length = 0;
        var attempt = new ConnectAttempt();
        using var deadline = new CancellationTokenSource(deadlineMs);
        try
        {
            // ByteArrayContent lets the handler send headers and body in one write.
            using var content = new ByteArrayContent(body, 0, count);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Options.Set(Attempt, attempt);
            using var answer = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)answer.StatusCode;
            using var stream = answer.Content.ReadAsStream(deadline.Token);
            var extra = new byte[1];
            while (true)
            {
                if (length == response.Length)
                {
                    // One byte more than the cap means the answer is too large.
                    return Read(stream, extra, 0, 1, deadline.Token) == 0 ? HttpOutcome.Answered : HttpOutcome.TooLarge;
                }

                int read = Read(stream, response, length, response.Length - length, deadline.Token);
                if (read == 0)
                {
                    return HttpOutcome.Answered;
                }

                length += read;
            }
        }
        catch (Exception error) when (error is HttpRequestException or IOException or OperationCanceledException)
        {
            return attempt.Started && !attempt.Connected ? HttpOutcome.NotConnected : HttpOutcome.NoAnswer;
        }
    }

    public void Dispose() => _client.Dispose();

    // A synchronous Read of the body ignores the deadline's token: a stalled answer would hold the worker for as long as
    // the server likes. Reading through ReadAsync with the token bounds the body by the same deadline as the headers.
    private static int Read(Stream stream, byte[] buffer, int offset, int count, CancellationToken deadline) =>
        stream.ReadAsync(buffer.AsMemory(offset, count), deadline).AsTask().GetAwaiter().GetResult();

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        context.InitialRequestMessage.Options.TryGetValue(Attempt, out var attempt);
        if (attempt != null)
        {
            attempt.Started = true;
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, token);
            if (attempt != null)
            {
                attempt.Connected = true;
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether this request opened a connection of its own, and whether that succeeded.</summary>
    private sealed class ConnectAttempt
    {
        public bool Started { get; set; }

        public bool Connected { get; set; }
    }
}
