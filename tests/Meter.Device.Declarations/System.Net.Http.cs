// Declarations only (see README.md): nanoFramework.System.Net.Http 1.5.209 (assembly System.Net.Http;
// the package also holds System.Net's web request types).
using System.IO;
using System.Net.Http.Headers;
using System.Net.Http.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace System.Net
{
    public enum HttpStatusCode
    {
        OK = 200,
        BadRequest = 400,
        Unauthorized = 401,
        NotFound = 404,
        InternalServerError = 500,
    }

    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        ReceiveFailure = 3,
        SendFailure = 4,
        PipelineFailure = 5,
        RequestCanceled = 6,
        ProtocolError = 7,
        ConnectionClosed = 8,
        TrustFailure = 9,
        SecureChannelFailure = 10,
        ServerProtocolViolation = 11,
        KeepAliveFailure = 12,
        Pending = 13,
        Timeout = 14,
        ProxyNameResolutionFailure = 15,
    }

    public class WebException : InvalidOperationException
    {
        public WebException(string message) { throw new NotImplementedException(); }

        public WebExceptionStatus Status { get { throw new NotImplementedException(); } }
    }
}

namespace System.Net.Http.Http.Headers
{
    /// <summary>The library's namespace really is System.Net.Http.Http.Headers.</summary>
    public class MediaTypeHeaderValue
    {
        public MediaTypeHeaderValue(string mediaType) { throw new NotImplementedException(); }
    }
}

namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
    }

    public sealed class HttpContentHeaders : HttpHeaders
    {
        public MediaTypeHeaderValue ContentType { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }
    }
}

namespace System.Net.Http
{
    public enum HttpCompletionOption
    {
        ResponseContentRead = 0,
        ResponseHeadersRead,
    }

    public class HttpMethod
    {
        public HttpMethod(string method) { throw new NotImplementedException(); }

        public static HttpMethod Post { get { throw new NotImplementedException(); } }
    }

    public abstract class HttpContent : IDisposable
    {
        public HttpContentHeaders Headers { get { throw new NotImplementedException(); } }

        public Stream ReadAsStream() { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }

    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content, int offset, int count) { throw new NotImplementedException(); }
    }

    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage(HttpMethod method, string requestUri) { throw new NotImplementedException(); }

        public HttpContent Content { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public void Dispose() { throw new NotImplementedException(); }
    }

    public class HttpResponseMessage : IDisposable
    {
        public HttpContent Content { get { throw new NotImplementedException(); } }

        public HttpStatusCode StatusCode { get { throw new NotImplementedException(); } }

        public void Dispose() { throw new NotImplementedException(); }
    }

    public class HttpRequestException : Exception
    {
        public HttpRequestException(string message, Exception inner) { throw new NotImplementedException(); }
    }

    public class HttpMessageInvoker : IDisposable
    {
        public void Dispose() { throw new NotImplementedException(); }
    }

    public partial class HttpClient : HttpMessageInvoker
    {
        /// <summary>Sets ConnectionClose, SslProtocols Tls12, SslVerification CertificateRequired, and an infinite Timeout.</summary>
        public HttpClient() { throw new NotImplementedException(); }

        public TimeSpan Timeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public X509Certificate HttpsAuthentCert { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public SslProtocols SslProtocols { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public SslVerification SslVerification { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) { throw new NotImplementedException(); }
    }
}
