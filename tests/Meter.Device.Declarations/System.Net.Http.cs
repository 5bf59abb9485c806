// Declarations only (see README.md): nanoFramework.System.Net.Http 1.5.209 (assembly System.Net.Http;
// the package also holds System.Net's web request types, which the meter uses: HttpClient's body reads cannot be
// given a timeout, HttpWebRequest's ReadWriteTimeout can).
using System.IO;
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

    public abstract class WebRequest : MarshalByRefObject, IDisposable
    {
        public static WebRequest Create(string requestUriString) { throw new NotImplementedException(); }

        public virtual string Method { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public virtual long ContentLength { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public virtual string ContentType { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public virtual int Timeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public virtual Stream GetRequestStream() { throw new NotImplementedException(); }

        public virtual WebResponse GetResponse() { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }

    public abstract class WebResponse : MarshalByRefObject, IDisposable
    {
        public virtual Stream GetResponseStream() { throw new NotImplementedException(); }

        public virtual void Close() { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }

    /// <summary>Timeout covers connect and the status line and headers; ReadWriteTimeout each read of the body (default 5 minutes).</summary>
    public class HttpWebRequest : WebRequest
    {
        public override int Timeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public X509Certificate HttpsAuthentCert { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public SslVerification SslVerification { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public SslProtocols SslProtocols { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public int ReadWriteTimeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public override long ContentLength { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public override string Method { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public bool KeepAlive { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public override string ContentType { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public override WebResponse GetResponse() { throw new NotImplementedException(); }

        public override Stream GetRequestStream() { throw new NotImplementedException(); }
    }

    public class HttpWebResponse : WebResponse
    {
        public HttpStatusCode StatusCode { get { throw new NotImplementedException(); } }

        public override Stream GetResponseStream() { throw new NotImplementedException(); }

        public override void Close() { throw new NotImplementedException(); }
    }
}
