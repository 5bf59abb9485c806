using System;
using System.IO;
using Meter.Core.Supervision;
using Meter.Core.Time;
using nanoFramework.Runtime.Native;
using Meter.Core.Diagnostics;

namespace Meter.Esp32.Supervision
{
    /// <summary>
    /// The app's watchdog (the ESP32 firmware has none for managed code): once a second it asks each
    /// loop whether a pass is stuck, and on the first stall writes the reason to flash and reboots. The
    /// journal is safe across a reboot by design; a stuck UI or worker is not. After the reboot the
    /// reason goes to the log, where the operator's "log" shows it.
    /// </summary>
    public sealed class Supervisor
    {
        private const string ReasonPath = "I:\\reboot-reason.txt";
        private const int CheckMs = 1000;

        private readonly LoopWatch[] _watches;
        private readonly IClock _clock;
        private readonly MeterLog _log;

        public Supervisor(LoopWatch[] watches, IClock clock, MeterLog log)
        {
            _watches = watches;
            _clock = clock;
            _log = log;
        }

        /// <summary>Logs why the last run rebooted itself, if it did, and forgets it.</summary>
        public static void ReportLastReboot(IClock clock, MeterLog log)
        {
            try
            {
                if (File.Exists(ReasonPath))
                {
                    log.Add(clock.UtcMs, "boot: the last run rebooted itself: " + File.ReadAllText(ReasonPath));
                    File.Delete(ReasonPath);
                }
            }
            catch (Exception error)
            {
                log.Add(clock.UtcMs, "boot: cannot read the last reboot's reason, " + error.Message);
            }
        }

        /// <summary>The main thread's last job; returns only by rebooting.</summary>
        public void Run(EventStopSignal stop)
        {
            while (!stop.WaitForStop(CheckMs))
            {
                long nowMs = _clock.MonotonicMs;
                for (int i = 0; i < _watches.Length; i++)
                {
                    string reason;
                    if (_watches[i].IsStalled(nowMs, out reason))
                    {
                        Reboot(reason);
                    }
                }
            }
        }

        private void Reboot(string reason)
        {
            _log.Add(_clock.UtcMs, "supervisor: " + reason + ", rebooting");
            try
            {
                File.WriteAllText(ReasonPath, reason);
            }
            catch (Exception)
            {
                // The reboot matters more than its note.
            }

            Power.RebootDevice();
        }
    }
}
