namespace Meter.Core.Sync
{
    /// <summary>
    /// What the sync worker last saw, for the console and the screen. Written by the worker under one lock;
    /// read by others only as a whole (<see cref="Snapshot"/>), so nothing they show mixes two moments.
    /// </summary>
    public sealed class SyncStatus
    {
        private readonly object _sync = new object();
        private bool _online;
        private long _lastSuccessUtcMs = -1;
        private long _lastAttemptUtcMs = -1;
        private int _alertCode;
        private string _alertMessage = "";
        private string _lastProblem = "";
        private int _sent;
        private int _failures;
        private int _workerExceptions;
        private string _lastWorkerProblem = "";
        private int _maintenanceFailures;
        private string _lastMaintenanceProblem = "";
        private bool _waitingForTime;
        private bool _resumeRequested;

        /// <summary>Everything at one moment, copied under the lock: an alert's code and message, or a count and its last problem, always belong together.</summary>
        public SyncState Snapshot()
        {
            lock (_sync)
            {
                return new SyncState(_online, _lastSuccessUtcMs, _lastAttemptUtcMs, _alertCode, _alertMessage, _lastProblem, _sent, _failures,
                    _workerExceptions, _lastWorkerProblem, _maintenanceFailures, _lastMaintenanceProblem, _waitingForTime);
            }
        }

        /// <summary>
        /// An operator fixed what paused syncing (a revoked token, a wrong client) or wants the backlog tried now: the
        /// engine's next step drops its pause and back-off (<see cref="SyncEngine.Step"/>). Safe from any thread.
        /// </summary>
        public void RequestResume()
        {
            lock (_sync)
            {
                _resumeRequested = true;
            }
        }

        // Taken by the engine at its next step: true once per request.
        internal bool TakeResumeRequest()
        {
            lock (_sync)
            {
                bool requested = _resumeRequested;
                _resumeRequested = false;
                return requested;
            }
        }

        // The worker's own reads, each cycle: no snapshot allocated.
        internal bool WaitingForTime
        {
            get { lock (_sync) { return _waitingForTime; } }
        }

        // The alert's code (0: none) and its message, read together.
        internal int Alert(out string message)
        {
            lock (_sync)
            {
                message = _alertMessage;
                return _alertCode;
            }
        }

        internal void SetWaitingForTime(bool waiting)
        {
            lock (_sync)
            {
                _waitingForTime = waiting;
            }
        }

        internal void WorkerFailed(string problem)
        {
            lock (_sync)
            {
                _workerExceptions++;
                _lastWorkerProblem = problem;
            }
        }

        internal void MaintenanceFailed(string problem)
        {
            lock (_sync)
            {
                _maintenanceFailures++;
                _lastMaintenanceProblem = problem;
            }
        }

        internal void Succeeded(long nowUtcMs)
        {
            lock (_sync)
            {
                _online = true;
                _lastSuccessUtcMs = nowUtcMs;
                _lastAttemptUtcMs = nowUtcMs;
                _alertCode = 0;
                _alertMessage = "";
                _sent++;
            }
        }

        internal void Failed(long nowUtcMs, bool reachedServer, string problem)
        {
            lock (_sync)
            {
                _online = reachedServer;
                _lastAttemptUtcMs = nowUtcMs;
                _lastProblem = problem;
                _failures++;
            }
        }

        internal void Alert(long nowUtcMs, int code, string message)
        {
            lock (_sync)
            {
                _online = true;
                _lastAttemptUtcMs = nowUtcMs;
                _alertCode = code;
                _alertMessage = message;
                _failures++;
            }
        }
    }
}
