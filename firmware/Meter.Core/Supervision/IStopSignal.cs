namespace Meter.Core.Supervision
{
    /// <summary>
    /// The worker thread's pacing port: the core never sleeps itself. The device adapter waits on a
    /// ManualResetEvent that the supervisor sets to stop; the host one on a CancellationToken's handle.
    /// </summary>
    public interface IStopSignal
    {
        /// <summary>Waits up to <paramref name="ms"/> (0: not at all); true when the worker must stop.</summary>
        bool WaitForStop(int ms);
    }
}
