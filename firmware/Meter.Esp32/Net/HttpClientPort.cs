using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Meter.Core.Net;
using Meter.Core.Time;
using Meter.Core.Diagnostics;

namespace Meter.Esp32.Net
{
    /// <summary>
    /// The HTTP port over nanoFramework's HttpWebRequest (one per request: the worker and the console may post at
    /// once). Every part of a request is bounded by its deadline: Timeout covers connecting and the status line and
    /// headers, ReadWriteTimeout each read of the body (HttpClient cannot set it: its body reads wait 5 minutes, long
    /// enough for the supervisor to reboot the meter over a stalled answer), and the body loop stops at the deadline.
    /// The answer is streamed into the caller's buffer up to its size, and always disposed (undisposed answers exhaust
    /// the heap after about 16). "Never connected" is reported only when the library says the connection, its TLS
    /// handshake or the name lookup failed before anything was sent; any other failure may have reached OPSCOM and is
    /// "no answer".
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
            long deadline = _clock.MonotonicMs + deadlineMs;
            HttpWebRequest request = null;
            HttpWebResponse answer = null;
            bool sending = false;
            try
            {
                request = (HttpWebRequest)WebRequest.Create(url);
                request.Method = "POST";
                request.ContentType = "application/json";
                request.ContentLength = count;
                request.KeepAlive = false;
                request.Timeout = deadlineMs;
                request.ReadWriteTimeout = deadlineMs;
                if (_rootCa != null)
                {
                    request.HttpsAuthentCert = _rootCa;
                    request.SslProtocols = SslProtocols.Tls12;
                    request.SslVerification = SslVerification.CertificateRequired;
                }

                // Connects (and shakes hands) here: a failure up to this point sent nothing.
                Stream outgoing = request.GetRequestStream();
                sending = true;
                outgoing.Write(body, 0, count);
                outgoing.Dispose();
                answer = (HttpWebResponse)request.GetResponse();
                status = (int)answer.StatusCode;
                HttpOutcome outcome = ReadBody(answer.GetResponseStream(), response, deadline, out length);
                Problem(outcome == HttpOutcome.TooLarge ? "answer larger than " + response.Length.ToString() + " bytes"
                    : outcome == HttpOutcome.NoAnswer ? "no answer: the body did not arrive within " + deadlineMs.ToString() + " ms" : "");
                return outcome;
            }
            catch (Exception error)
            {
                return Failed(error, sending);
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
            }
        }

        // Each read waits at most ReadWriteTimeout; the loop stops at the request's deadline, so a body that trickles
        // in byte by byte cannot hold the worker either.
        private HttpOutcome ReadBody(Stream stream, byte[] response, long deadline, out int length)
        {
            length = 0;
            while (true)
            {
                if (_clock.MonotonicMs > deadline)
                {
                    return HttpOutcome.NoAnswer;
                }

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

        private HttpOutcome Failed(Exception error, bool sending)
        {
            WebException web = error as WebException;
            if (web == null && error.InnerException != null)
            {
                web = error.InnerException as WebException;
            }

            bool beforeSending = !sending && web != null && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure);
            string cause = error.InnerException != null ? error.InnerException.Message : error.Message;
            // A failed TLS handshake is a connect failure; it is a certificate matter only once the clock is set (the
            // firmware checks certificate dates against it, and the worker sends nothing over TLS before SNTP).
            string tls = _rootCa == null || !beforeSending ? "" : _clock.IsUtcTrusted ? " (if this persists, check the TLS root CA)" : " (the clock is not set: no TLS yet)";
            Problem((beforeSending ? "not connected: " : "no answer: ") + cause + tls);
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
