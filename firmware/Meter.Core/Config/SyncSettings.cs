namespace Meter.Core.Config
{
    /// <summary>[sync]: how the worker talks to OPSCOM. Times in milliseconds.</summary>
    public sealed class SyncSettings
    {
        /// <summary>[sync] without catch-up pacing; times in ms.</summary>
        public SyncSettings(int timeoutMs, int backoffMinimumMs, int backoffMaximumMs, int responseCapBytes)
            : this(timeoutMs, backoffMinimumMs, backoffMaximumMs, responseCapBytes, 0)
        {
        }

        /// <summary>[sync] as read; times in ms.</summary>
        public SyncSettings(int timeoutMs, int backoffMinimumMs, int backoffMaximumMs, int responseCapBytes, int catchUpMs)
        {
            CatchUpMs = catchUpMs;
            TimeoutMs = timeoutMs;
            BackoffMinimumMs = backoffMinimumMs;
            BackoffMaximumMs = backoffMaximumMs;
            ResponseCapBytes = responseCapBytes;
        }

        /// <summary>Deadline of one request (the device HttpClient's own default is infinite).</summary>
        public int TimeoutMs { get; private set; }

        /// <summary>First wait after a failed request, ms.</summary>
        public int BackoffMinimumMs { get; private set; }

        /// <summary>Longest wait between retries, ms.</summary>
        public int BackoffMaximumMs { get; private set; }

        /// <summary>
        /// After OPSCOM could not be reached (or paused syncing), the mean spacing between the requests that
        /// send the backlog, ms, jittered from 0 to twice this; 0 sends it as fast as answers come. A city of
        /// meters coming back together then loads OPSCOM like a busy hour, not all at once.
        /// </summary>
        public int CatchUpMs { get; private set; }

        /// <summary>Largest response body read; a bigger one is a transient failure (the heap is small).</summary>
        public int ResponseCapBytes { get; private set; }
    }
}
