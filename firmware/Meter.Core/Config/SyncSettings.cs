namespace Meter.Core.Config
{
    /// <summary>[sync]: how the worker talks to OPSCOM. Times in milliseconds.</summary>
    public sealed class SyncSettings
    {
        /// <summary>[sync] as read; times in ms.</summary>
        public SyncSettings(int timeoutMs, int backoffMinimumMs, int backoffMaximumMs, int responseCapBytes)
        {
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

        /// <summary>Largest response body read; a bigger one is a transient failure (the heap is small).</summary>
        public int ResponseCapBytes { get; private set; }
    }
}
