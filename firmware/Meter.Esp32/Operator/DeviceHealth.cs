using Meter.Core.Operator;
using Meter.Esp32.Display;
using Meter.Esp32.Net;

namespace Meter.Esp32.Operator
{
    /// <summary>The device's facts for the console's status: free managed heap (after a collection), the Wi-Fi link, the panel and the last HTTP trouble.</summary>
    public sealed class DeviceHealth : IDeviceHealth
    {
        private readonly WifiLink _wifi;
        private readonly Ssd1306Display _display;
        private readonly HttpClientPort _http;

        public DeviceHealth(WifiLink wifi, Ssd1306Display display, HttpClientPort http)
        {
            _wifi = wifi;
            _display = display;
            _http = http;
        }

        public long FreeMemoryBytes
        {
            get { return nanoFramework.Runtime.Native.GC.Run(false); }
        }

        public string Network
        {
            get { return _wifi.State; }
        }

        public string Peripherals
        {
            get
            {
                string display = _display.Fault != null ? _display.Fault : _display.Blanked ? "display off, supply low" : "";
                string http = _http.LastProblem;
                return display + (display.Length > 0 && http.Length > 0 ? "; " : "") + (http.Length > 0 ? "http " + http : "");
            }
        }
    }
}
