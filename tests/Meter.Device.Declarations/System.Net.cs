// Declarations only (see README.md): nanoFramework.System.Net 1.11.54.
namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,
        Tls = 192,
        Tls11 = 768,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    /// <summary>Only CertificateRequired makes mbedTLS verify the server; every other value ends as no verification.</summary>
    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        /// <summary>From a PEM text.</summary>
        public X509Certificate(string certificate) { throw new NotImplementedException(); }

        public X509Certificate(byte[] certificate) { throw new NotImplementedException(); }
    }
}

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        public static NetworkInterface[] GetAllNetworkInterfaces() { throw new NotImplementedException(); }

        public string IPv4Address { get { throw new NotImplementedException(); } }
    }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None,
        Started,
        NetworkIsReady,
        FailedNoNetworkInterface,
        TokenExpiredWaitingIPAddress,
        TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning,
        ExceptionOccurred,
        Reconnecting,
    }
}
