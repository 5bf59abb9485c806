using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using Meter.Core.Operator;
using Meter.Core.Sync;
using Meter.Core.Time;
using nanoFramework.Networking;

namespace Meter.Esp32.Net
{
    /// <summary>
    /// Keeps the meter on Wi-Fi (station, DHCP). The first join stores the credentials in the device's
    /// config partition (a flash write), so it happens once per boot; afterwards the ESP-IDF reconnects
    /// by itself and this thread only watches for an address, asking for a reconnect after a minute
    /// without one, with a back-off doubling to five minutes. The firmware starts SNTP on every new
    /// address; the clock turns trusted once it has set the time (see DeviceClock).
    /// </summary>
    public sealed class WifiLink
    {
        private const int JoinTimeoutMs = 30000;
        private const int CheckMs = 10000;
        private const int FirstRetryMs = 5000;
        private const int LongestRetryMs = 300000;
        private const int LostBeforeReconnectMs = 60000;

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
            int retryMs = FirstRetryMs;
            int attempt = 0;
            bool joined = false;
            long lostSinceMs = -1;
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

                    retryMs = FirstRetryMs;
                    lostSinceMs = -1;
                    if (stop.WaitForStop(CheckMs))
                    {
                        return;
                    }

                    continue;
                }

                long nowMs = _clock.MonotonicMs;
                lostSinceMs = lostSinceMs < 0 ? nowMs : lostSinceMs;
                if (joined && nowMs - lostSinceMs < LostBeforeReconnectMs)
                {
                    _state = "wifi " + _ssid + " lost, waiting for the access point";
                    if (stop.WaitForStop(CheckMs))
                    {
                        return;
                    }

                    continue;
                }

                attempt++;
                _state = "wifi joining " + _ssid + " (attempt " + attempt.ToString() + ")";
                bool ok = Join(joined);
                joined = joined || ok;
                if (!ok)
                {
                    _log.Add(_clock.UtcMs, "network: cannot join " + _ssid + " (" + ((int)WifiNetworkHelper.Status).ToString() + "), next try in " + (retryMs / 1000).ToString() + " s");
                    if (stop.WaitForStop(retryMs))
                    {
                        return;
                    }

                    retryMs = retryMs * 2 > LongestRetryMs ? LongestRetryMs : retryMs * 2;
                }
            }
        }

        private bool Join(bool reconnect)
        {
            CancellationTokenSource timeout = new CancellationTokenSource(JoinTimeoutMs);
            try
            {
                return reconnect
                    ? WifiNetworkHelper.Reconnect(false, 0, timeout.Token)
                    : WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
            }
            catch (Exception error)
            {
                _log.Add(_clock.UtcMs, "network: join failed, " + error.Message);
                return false;
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
