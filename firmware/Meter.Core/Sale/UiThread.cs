using Meter.Core.Supervision;
using Meter.Core.Time;
using Meter.Core.Diagnostics;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The UI thread's body, the same on the device and in the simulator: every period, the peripherals'
    /// turn, then one <see cref="UiStep.Step"/>. Whatever a pass throws is counted and logged and the
    /// loop goes on: a motorist mid-sale must not meet a dead meter because of one bad moment.
    /// </summary>
    public sealed class UiThread
    {
        private readonly UiStep _loop;
        private readonly IUiPeripherals _peripherals;
        private readonly IClock _clock;
        private readonly MeterLog _log;
        private int _exceptions;

        /// <summary>A UI thread body for <paramref name="loop"/>; <paramref name="peripherals"/> may be null.</summary>
        public UiThread(UiStep loop, IUiPeripherals peripherals, IClock clock, MeterLog log, LoopWatch watch)
        {
            _loop = loop;
            _peripherals = peripherals;
            _clock = clock;
            _log = log;
            Watch = watch;
        }

        /// <summary>Tells the supervisor whether a pass is stuck.</summary>
        public LoopWatch Watch { get; private set; }

        /// <summary>Exceptions a pass threw since start (each logged).</summary>
        public int Exceptions
        {
            get { return _exceptions; }
        }

        /// <summary>Runs passes every <paramref name="periodMs"/> until <paramref name="stop"/> says so.</summary>
        public void Run(IStopSignal stop, int periodMs)
        {
            while (!stop.WaitForStop(periodMs))
            {
                Pass();
            }
        }

        /// <summary>One pass: the peripherals, then the loop's step; never throws.</summary>
        public void Pass()
        {
            long nowMs = _clock.MonotonicMs;
            Watch.PassStarted(nowMs);
            try
            {
                if (_peripherals != null)
                {
                    _peripherals.BeforeStep(_loop, nowMs);
                }

                _loop.Step();
            }
            catch (System.Exception error)
            {
                _exceptions++;
                _log.Add(_clock.UtcMs, "ui loop: " + error.Message);
            }

            Watch.PassEnded();
        }
    }
}
