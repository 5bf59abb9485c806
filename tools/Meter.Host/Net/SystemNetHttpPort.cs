using System.Net.Http.Headers;
using System.Net.Sockets;
using Meter.Core.Net;

namespace Meter.Host.Net;

/// <summary>
/// The HTTP port over System.Net.Http. Tells "never connected" (nothing reached the server) apart from
/// "sent, no complete answer" (it may have acted), which the sync engine treats differently.
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
        try
        {
            using var content = new ByteArrayContent(body, 0, count);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
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
        catch (HttpRequestException error) when (IsConnectFailure(error))
        {
            return HttpOutcome.NotConnected;
        }
        catch (Exception error) when (error is HttpRequestException or IOException or OperationCanceledException)
        {
            return HttpOutcome.NoAnswer;
        }
    }

    public void Dispose() => _client.Dispose();

    private static bool IsConnectFailure(HttpRequestException error) =>
        error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable };
}
