using System;
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
using nanoFramework.Runtime.Native;
using nanoFramework.TestFramework;
using Meter.Core.Diagnostics;

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
            string answer = Queries().Stats(null);

            Assert.IsFalse(answer.StartsWith("OPSCOM: "), answer + " " + _http.LastProblem);
        }

        [TestMethod]
        public static void Https_RefusedWhileTheClockIsUnset_AnsweredOnceItIsSet()
        {
            if (!_config.OpsCom.BaseUrl.StartsWith("https:"))
            {
                Assert.SkipTest("the bench emulator is not on HTTPS");
            }

            // The clock as after a power cut (before SNTP): certificate dates cannot be checked.
            DateTime now = DateTime.UtcNow;
            Assert.IsTrue(now.Year >= 2026, "set the clock first (SNTP): " + now.ToString());
            long started = Environment.TickCount64;
            Rtc.SetSystemTime(new DateTime(2020, 1, 1));
            OpsComQueries queries = Queries();
            string before = queries.Stats(null);
            string problem = _http.LastProblem;
            Rtc.SetSystemTime(now.AddMilliseconds(Environment.TickCount64 - started));
            string after = queries.Stats(null);

            Assert.IsTrue(before.StartsWith("OPSCOM: "), "answered with the clock unset: " + before);
            Assert.IsTrue(problem.IndexOf("the clock is not set") >= 0, problem);
            Assert.IsFalse(after.StartsWith("OPSCOM: "), after + " " + _http.LastProblem);
        }

        [TestMethod]
        public static void StalledAnswerBody_IsNoAnswer_WithinTheDeadline()
        {
            // The bench emulator stalls every stats answer's body (its fault plan, set through its admin page).
            byte[] plan = Meter.Core.Codec.Utf8.GetBytes("stats:stall_body=1@120000");
            int status;
            int length;
            string admin = _config.OpsCom.BaseUrl + "/admin/faults";
            Assert.IsTrue(_http.Post(admin, plan, plan.Length, 10000, new byte[256], out status, out length) == HttpOutcome.Answered, _http.LastProblem);
            long started = Environment.TickCount64;

            HttpOutcome outcome = _http.Post(new OpsComRequests(_config.OpsCom, _config.Secrets.ApiToken, _config.Tariff.Zone).StatsUrl, plan, plan.Length, 3000, new byte[4096], out status, out length);
            long tookMs = Environment.TickCount64 - started;
            _http.Post(admin, new byte[0], 0, 10000, new byte[256], out status, out length);

            Assert.IsTrue(outcome == HttpOutcome.NoAnswer, "outcome " + ((int)outcome).ToString() + ": " + _http.LastProblem);
            Assert.IsTrue(tookMs < 2 * 3000 + 2000, "held the worker " + tookMs.ToString() + " ms");
        }

        private static OpsComQueries Queries()
        {
            return new OpsComQueries(_http, new OpsComRequests(_config.OpsCom, _config.Secrets.ApiToken, _config.Tariff.Zone), _config.Sync.TimeoutMs, _config.Sync.ResponseCapBytes);
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
