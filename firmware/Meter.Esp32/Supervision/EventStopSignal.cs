using System.Threading;
using Meter.Core.Supervision;

namespace Meter.Esp32.Supervision
{
    /// <summary>The loops' pacing and stop signal on a ManualResetEvent: waiting on it is how every loop thread sleeps.</summary>
    public sealed class EventStopSignal : IStopSignal
    {
        private readonly ManualResetEvent _stop = new ManualResetEvent(false);

        public bool WaitForStop(int ms)
        {
            return _stop.WaitOne(ms < 0 ? 0 : ms, false);
        }

        /// <summary>Every loop waiting on this signal ends at its next wait.</summary>
        public void Stop()
        {
            _stop.Set();
        }
    }
}
