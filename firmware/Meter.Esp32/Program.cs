using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Meter.Core;
using Meter.Core.Config;
using Meter.Core.Operator;
using Meter.Core.Sale;
using Meter.Core.Supervision;
using Meter.Core.Sync;
using Meter.Esp32.Display;
using Meter.Esp32.Input;
using Meter.Esp32.Net;
using Meter.Esp32.Operator;
using Meter.Esp32.Storage;
using Meter.Esp32.Supervision;
using Meter.Esp32.Time;
using Meter.Core.Diagnostics;

namespace Meter.Esp32
{
    /// <summary>
    /// The meter's composition root on the ESP32: reads I:\nf.config and I:\secrets.config with the
    /// core's reader, builds the meter through the core's MeterAssembly on I:\journal and the FRAM, and
    /// starts the threads (UI loop, keypad scanner, sync worker, console, Wi-Fi); the main thread then
    /// supervises.
    /// A configuration with errors puts the meter out of service with the first error on the OLED and
    /// all of them on the console: it never sells on a configuration it could not read.
    /// </summary>
    public static class Program
    {
        private const string ConfigPath = "I:\\nf.config";
        private const string SecretsPath = "I:\\secrets.config";
        private const string JournalFolder = "I:\\journal";

        /// <summary>The UI loop's period, ms: inputs drained and the screen redrawn this often.</summary>
        private const int UiPeriodMs = 10;

        /// <summary>A UI pass is a few ms; one taking this long means the loop is stuck.</summary>
        private const int UiStallMs = 15000;

        public static void Main()
        {
            DeviceClock clock = new DeviceClock();
            MeterLog log = new MeterLog(64);
            Supervisor.ReportLastReboot(clock, log);
            ConfigErrors errors = new ConfigErrors();
            MeterConfig config = ReadConfig(errors);
            string consolePort = config != null ? config.Console.Port : "COM2";
            Board.RoutePins(consolePort);

            GpioController gpio = new GpioController();
            I2cDevice i2c = I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, config != null ? config.Display.I2cAddress : 0x3C));
            Ssd1306Display display = new Ssd1306Display(i2c, config != null ? config.Display.Contrast : 0xCF, config != null && config.Display.Rotate180);
            if (!display.Start(clock.MonotonicMs))
            {
                log.Add(clock.UtcMs, "boot: " + display.Fault);
            }

            EventStopSignal stop = new EventStopSignal();
            if (config == null)
            {
                RunOutOfService(errors, consolePort, clock, display, gpio, log, stop);
                return;
            }

            // The ring and the cash audit live in FRAM (flash wear: see README, "The permit journal"); without the chip the
            // meter does not sell: it would wear its flash out in a few years, silently.
            WifiLink wifi = new WifiLink(config.WifiSsid, config.Secrets.WifiPassword, clock, log);
            HttpClientPort http = new HttpClientPort(RootCa(config.OpsCom, clock, log), clock, log);
            MeterAssembly meter = Assemble(config, http, clock, display, log, errors);
            if (meter == null)
            {
                RunOutOfService(errors, consolePort, clock, display, gpio, log, stop);
                return;
            }

            log.Add(clock.UtcMs, "boot: " + meter.Recovery.ToString());
            UiStep loop = meter.Loop;
            SyncWorker worker = meter.Worker;
            meter.Console.Health = new DeviceHealth(wifi, display, http);
            KeypadMatrix keypad = new KeypadMatrix(gpio, Board.KeypadRows, Board.KeypadColumns, loop.Inputs, clock);
            CoinLine coins = new CoinLine(gpio, Board.CoinPulse, Board.CoinAccept, loop.Inputs, clock);
            SupplyMonitor supply = new SupplyMonitor(gpio, Board.SupplyGood);

            // A sync cycle may wait out DNS (up to 15 s), the TLS handshake and the request's own deadline, twice (push, then a queued update).
            LoopWatch uiWatch = new LoopWatch("ui loop", UiStallMs);
            LoopWatch workerWatch = new LoopWatch("sync worker", 2 * config.Sync.TimeoutMs + 60000);
            LoopWatch consoleWatch = new LoopWatch("console", 2 * config.Sync.TimeoutMs + 60000);
            UiThread ui = new UiThread(loop, new Peripherals(display, coins, supply), clock, log, uiWatch);
            SerialConsole serial = new SerialConsole(config.Console.Port, config.Console.Baud, new ConsoleTerminal(meter.Console, config.Console.MaximumLine, true), clock, log);

            new Thread(delegate { ui.Run(stop, UiPeriodMs); }).Start();
            new Thread(delegate { keypad.Run(stop); }).Start();
            new Thread(delegate { worker.Run(stop, workerWatch); }).Start();
            new Thread(delegate { serial.Run(stop, consoleWatch); }).Start();
            new Thread(delegate { wifi.Run(stop); }).Start();
            new Supervisor(new LoopWatch[] { uiWatch, workerWatch, consoleWatch }, clock, log).Run(stop);
        }

        // Out of service (a configuration with errors, or no FRAM): the screen shows the first error, coins stay refused
        // (the inhibit line is never opened), and the console lists every error. The journal is not touched: what it
        // holds waits.
        private static void RunOutOfService(ConfigErrors errors, string consolePort, DeviceClock clock, Ssd1306Display display, GpioController gpio, MeterLog log, EventStopSignal stop)
        {
            log.Add(clock.UtcMs, "boot: out of service:\n" + errors.ToString());
            UiStep loop = UiStep.InvalidConfiguration(errors[0].Brief(), clock, display, log);
            CoinLine coins = new CoinLine(gpio, Board.CoinPulse, Board.CoinAccept, loop.Inputs, clock);
            LoopWatch uiWatch = new LoopWatch("ui loop", UiStallMs);
            LoopWatch consoleWatch = new LoopWatch("console", 60000);
            UiThread ui = new UiThread(loop, new Peripherals(display, coins, new SupplyMonitor(gpio, Board.SupplyGood)), clock, log, uiWatch);
            SerialConsole serial = new SerialConsole(consolePort, 115200, new ConsoleTerminal(new ConfigErrorConsole(errors.ToString()), 120, true), clock, log);
            new Thread(delegate { ui.Run(stop, UiPeriodMs); }).Start();
            new Thread(delegate { serial.Run(stop, consoleWatch); }).Start();
            new Supervisor(new LoopWatch[] { uiWatch, consoleWatch }, clock, log).Run(stop);
        }

        // The meter on I:\journal and the FRAM, or null with the reason added to errors (no chip, another part, or storage
        // that cannot be read).
        private static MeterAssembly Assemble(MeterConfig config, HttpClientPort http, DeviceClock clock, Ssd1306Display display, MeterLog log, ConfigErrors errors)
        {
            string problem = Mb85rcFram.Check(Board.I2cBus);
            if (problem == null)
            {
                try
                {
                    Mb85rcFram fram = new Mb85rcFram(I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, Mb85rcFram.I2cAddress)));
                    return new MeterAssembly(config, new LittleFsStore(JournalFolder), fram, http, clock, display, log, new Random());
                }
                catch (Exception error)
                {
                    problem = "storage unusable: " + error.Message;
                }
            }

            errors.Add(0, "FRAM", problem);
            return null;
        }

        private static MeterConfig ReadConfig(ConfigErrors errors)
        {
            string config = ReadText(ConfigPath, errors);
            string secrets = ReadText(SecretsPath, errors);
            return config == null || secrets == null ? null : MeterConfigReader.Read(config, secrets, errors);
        }

        private static string ReadText(string path, ConfigErrors errors)
        {
            try
            {
                if (File.Exists(path))
                {
                    return File.ReadAllText(path);
                }

                errors.Add(0, path, "missing: deploy it with the meter's other files (README, Flash a real meter)");
            }
            catch (Exception error)
            {
                errors.Add(0, path, "cannot be read: " + error.Message);
            }

            return null;
        }

        // HTTPS needs the CA that signs OPSCOM's certificate: the device trusts nothing by default. A
        // missing or bad file is logged and every request then fails its handshake, which status shows.
        private static X509Certificate RootCa(OpsComSettings opsCom, DeviceClock clock, MeterLog log)
        {
            if (!opsCom.BaseUrl.StartsWith("https:"))
            {
                return null;
            }

            try
            {
                return new X509Certificate(File.ReadAllText(opsCom.RootCaPath));
            }
            catch (Exception error)
            {
                log.Add(clock.UtcMs, "boot: root CA " + opsCom.RootCaPath + " unusable, HTTPS will fail: " + error.Message);
                return null;
            }
        }
    }
}
