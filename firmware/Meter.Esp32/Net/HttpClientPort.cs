using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Meter.Core.Net;
using Meter.Core.Operator;
using Meter.Core.Time;

namespace Meter.Esp32.Net
{
    /// <summary>
    /// The HTTP port over nanoFramework's HttpClient. A client per request: the worker and the console
    /// may post at once, and nothing says HttpClient may be shared across threads. Its Timeout is set
    /// (the default is infinite) but covers only waiting for the answer: DNS, connect and the TLS
    /// handshake come before it. The answer is streamed (ResponseHeadersRead) into the caller's buffer
    /// up to its size, and always disposed (undisposed answers exhaust the heap after about 16).
    /// "Never connected" is reported only when the library says the connection or name lookup failed
    /// before anything was sent; any other failure may have reached OPSCOM and is "no answer".
    /// </summary>
    public sealed class HttpClientPort : IHttpPort
    {
        private readonly X509Certificate _rootCa;
        private readonly IClock _clock;
        private readonly MeterLog _log;
        private string _lastProblem = "";

        /// <param name="rootCa">The CA that signs OPSCOM's certificate (HTTPS needs it: the device trusts nothing by default); null for plain HTTP.</param>
        public HttpClientPort(X509Certificate rootCa, IClock clock, MeterLog log)
        {
            _rootCa = rootCa;
            _clock = clock;
            _log = log;
        }

        /// <summary>The last failure in a few words ("" when the last request was answered), for status.</summary>
        public string LastProblem
        {
            get { return _lastProblem; }
        }

        public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
        {
            status = 0;
            length = 0;
            HttpClient client = null;
            HttpRequestMessage request = null;
            HttpResponseMessage answer = null;
            try
            {
                client = new HttpClient();
                client.Timeout = TimeSpan.FromMilliseconds(deadlineMs);
                if (_rootCa != null)
                {
                    client.HttpsAuthentCert = _rootCa;
                    client.SslProtocols = SslProtocols.Tls12;
                    client.SslVerification = SslVerification.CertificateRequired;
                }

                ByteArrayContent content = new ByteArrayContent(body, 0, count);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request = new HttpRequestMessage(HttpMethod.Post, url);
                request.Content = content;
                answer = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
                status = (int)answer.StatusCode;
                HttpOutcome outcome = ReadBody(answer.Content.ReadAsStream(), response, out length);
                Problem(outcome == HttpOutcome.TooLarge ? "answer larger than " + response.Length.ToString() + " bytes" : "");
                return outcome;
            }
            catch (Exception error)
            {
                return Failed(error);
            }
            finally
            {
                if (answer != null)
                {
                    answer.Dispose();
                }

                if (request != null)
                {
                    request.Dispose();
                }

                if (client != null)
                {
                    client.Dispose();
                }
            }
        }

        private static HttpOutcome ReadBody(Stream stream, byte[] response, out int length)
        {
            length = 0;
            while (true)
            {
                if (length == response.Length)
                {
                    // One byte more than the buffer holds means the answer is too large.
                    return stream.ReadByte() < 0 ? HttpOutcome.Answered : HttpOutcome.TooLarge;
                }

                int read = stream.Read(response, length, response.Length - length);
                if (read <= 0)
                {
                    return HttpOutcome.Answered;
                }

                length += read;
            }
        }

        private HttpOutcome Failed(Exception error)
        {
            WebException web = error as WebException;
            if (web == null && error.InnerException != null)
            {
                web = error.InnerException as WebException;
            }

            bool beforeSending = web != null && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure);
            string cause = error.InnerException != null ? error.InnerException.Message : error.Message;
            Problem((beforeSending ? "not connected: " : "no answer: ") + cause + (_rootCa != null && !beforeSending ? " (if this persists, check the TLS root CA)" : ""));
            return beforeSending ? HttpOutcome.NotConnected : HttpOutcome.NoAnswer;
        }

        // Logged when it changes, not on every retry: the log is a ring of 64 lines.
        private void Problem(string problem)
        {
            if (problem != _lastProblem && problem.Length > 0)
            {
                _log.Add(_clock.UtcMs, "http: " + problem);
            }

            _lastProblem = problem;
        }
    }
}
