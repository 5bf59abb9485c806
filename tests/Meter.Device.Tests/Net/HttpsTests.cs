using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Meter.Core.Config;
using Meter.Core.Net;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Esp32.Net;
using Meter.Esp32.Time;
using nanoFramework.Networking;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Net
{
    /// <summary>
    /// HTTPS from the board to a bench OPSCOM emulator: the emulator on a PC with a certificate its CA
    /// signs, and the board provisioned with an nf.config whose [opscom] base_url and root_ca point at
    /// it (README, "Device tests"). Skipped on a board without that configuration.
    /// </summary>
    [TestClass]
    public class HttpsTests
    {
        private static MeterConfig _config;
        private static HttpClientPort _http;

        [Setup]
        public static void JoinTheBenchNetwork()
        {
            if (!File.Exists("I:\\nf.config") || !File.Exists("I:\\secrets.config"))
            {
                Assert.SkipTest("no nf.config / secrets.config on I:\\ for the bench emulator");
            }

            ConfigErrors errors = new ConfigErrors();
            _config = MeterConfigReader.Read(File.ReadAllText("I:\\nf.config"), File.ReadAllText("I:\\secrets.config"), errors);
            Assert.IsNotNull(_config, errors.ToString());
            CancellationTokenSource timeout = new CancellationTokenSource(60000);
            Assert.IsTrue(WifiNetworkHelper.ConnectDhcp(_config.WifiSsid, _config.Secrets.WifiPassword, System.Device.Wifi.WifiReconnectionKind.Automatic, false, 0, timeout.Token), "wifi " + _config.WifiSsid);
            X509Certificate ca = _config.OpsCom.BaseUrl.StartsWith("https:") ? new X509Certificate(File.ReadAllText(_config.OpsCom.RootCaPath)) : null;
            DeviceClock clock = new DeviceClock();
            _http = new HttpClientPort(ca, clock, new MeterLog(8));
        }

        [TestMethod]
        public static void Stats_OverHttps_IsAnsweredByTheEmulator()
        {
            OpsComQueries queries = new OpsComQueries(_http, new OpsComRequests(_config.OpsCom, _config.Secrets.ApiToken, _config.Tariff.Zone), _config.Sync.TimeoutMs, _config.Sync.ResponseCapBytes);

            string answer = queries.Stats(null);

            Assert.IsFalse(answer.StartsWith("OPSCOM: "), answer + " " + _http.LastProblem);
        }

        [TestMethod]
        public static void Post_NoServerOnThePort_IsNotConnected()
        {
            byte[] body = new byte[] { (byte)'{', (byte)'}' };
            int status;
            int length;

            HttpOutcome outcome = _http.Post("http://127.0.0.1:9/", body, body.Length, 3000, new byte[64], out status, out length);

            Assert.IsTrue(outcome == HttpOutcome.NotConnected, "outcome " + ((int)outcome).ToString() + ": " + _http.LastProblem);
        }
    }
}
