using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using Meter.Core.Time;
using nanoFramework.Networking;
using Meter.Core.Diagnostics;
using Meter.Core.Supervision;

namespace Meter.Esp32.Net
{
    /// <summary>
    /// Keeps the meter on Wi-Fi (station, DHCP) the way the firmware does it. The ESP-IDF joins by itself with the
    /// configuration stored in flash and re-joins by itself after a disconnect; WifiNetworkHelper.Reconnect only
    /// waits for an address. So at boot this waits for an address from the stored configuration first, and only
    /// when none comes calls ConnectDhcp, once per boot: every ConnectDhcp not already on that network stores the
    /// configuration again (a flash write), so it is never called in a retry loop. After that the thread only
    /// watches the address and says what it sees. The firmware starts SNTP on every new address; the clock turns
    /// trusted once it has set the time (see DeviceClock).
    /// </summary>
    public sealed class WifiLink
    {
        private const int StoredJoinWaitMs = 30000;
        private const int JoinTimeoutMs = 30000;
        private const int CheckMs = 10000;
        private const int BootCheckMs = 1000;

        private readonly string _ssid;
        private readonly string _password;
        private readonly IClock _clock;
        private readonly MeterLog _log;
        private string _state = "wifi starting";

        public WifiLink(string ssid, string password, IClock clock, MeterLog log)
        {
            _ssid = ssid;
            _password = password;
            _clock = clock;
            _log = log;
        }

        /// <summary>The link in a few words, for status.</summary>
        public string State
        {
            get { return _state; }
        }

        /// <summary>The network thread's body.</summary>
        public void Run(IStopSignal stop)
        {
            _state = "wifi joining " + _ssid;
            long until = _clock.MonotonicMs + StoredJoinWaitMs;
            while (Address() == null && _clock.MonotonicMs < until)
            {
                if (stop.WaitForStop(BootCheckMs))
                {
                    return;
                }
            }

            if (Address() == null)
            {
                JoinOnce();
            }

            bool hadAddress = false;
            while (true)
            {
                string address = Address();
                if (address != null)
                {
                    if (_state.IndexOf(address) < 0)
                    {
                        _state = "wifi " + _ssid + " " + address;
                        _log.Add(_clock.UtcMs, "network: " + _state);
                    }

                    if (!Sntp.IsStarted)
                    {
                        Sntp.Start();
                    }

                    hadAddress = true;
                }
                else if (hadAddress || _state.IndexOf("lost") < 0)
                {
                    // The firmware re-joins by itself; nothing to call, nothing written.
                    _state = "wifi " + _ssid + " lost, the access point is being re-joined (" + ((int)WifiNetworkHelper.Status).ToString() + ")";
                    _log.Add(_clock.UtcMs, "network: " + _state);
                    hadAddress = false;
                }

                if (stop.WaitForStop(CheckMs))
                {
                    return;
                }
            }
        }

        // The one ConnectDhcp of a boot: it stores the credentials (Automatic: the firmware keeps re-joining with them).
        private void JoinOnce()
        {
            CancellationTokenSource timeout = new CancellationTokenSource(JoinTimeoutMs);
            try
            {
                bool ok = WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
                _log.Add(_clock.UtcMs, ok ? "network: joined " + _ssid : "network: " + _ssid + " not joined yet (" + ((int)WifiNetworkHelper.Status).ToString() + "); the firmware keeps trying");
            }
            catch (Exception error)
            {
                _log.Add(_clock.UtcMs, "network: join failed, " + error.Message + "; the firmware keeps trying");
            }
            finally
            {
                timeout.Dispose();
            }
        }

        // The station's address, or null while it has none.
        private static string Address()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            if (interfaces.Length == 0)
            {
                return null;
            }

            string address = interfaces[0].IPv4Address;
            return address == null || address.Length == 0 || address == "0.0.0.0" ? null : address;
        }
    }
}
