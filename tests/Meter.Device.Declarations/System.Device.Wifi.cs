// Declarations only (see README.md): nanoFramework.System.Device.Wifi 1.5.147.
using System.Threading;

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status { get { throw new System.NotImplementedException(); } }

        /// <summary>Joins and stores the credentials in the device's configuration (a flash write).</summary>
        public static bool ConnectDhcp(string ssid, string password, System.Device.Wifi.WifiReconnectionKind reconnectionKind = System.Device.Wifi.WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) { throw new System.NotImplementedException(); }
    }
}
