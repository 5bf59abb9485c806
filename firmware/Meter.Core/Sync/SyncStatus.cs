namespace Meter.Core.Sync
{
    /// <summary>
    /// What the sync worker last saw, for the console and the screen. Written by the worker, read by
    /// others: every member is a single field read or written whole, under one lock.
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

        /// <summary>Whether the last exchange reached OPSCOM.</summary>
        public bool Online
        {
            get { lock (_sync) { return _online; } }
        }

        /// <summary>When OPSCOM last answered, UTC ms (-1: never).</summary>
        public long LastSuccessUtcMs
        {
            get { lock (_sync) { return _lastSuccessUtcMs; } }
        }

        /// <summary>When a request was last tried, UTC ms (-1: never).</summary>
        public long LastAttemptUtcMs
        {
            get { lock (_sync) { return _lastAttemptUtcMs; } }
        }

        /// <summary>An authentication or configuration error code (9000, 9001, 9002, 9034) while syncing is paused; 0 when none.</summary>
        public int AlertCode
        {
            get { lock (_sync) { return _alertCode; } }
        }

        /// <summary>The alert's message from OPSCOM, or "".</summary>
        public string AlertMessage
        {
            get { lock (_sync) { return _alertMessage; } }
        }

        /// <summary>The last transient failure, for the log and the console.</summary>
        public string LastProblem
        {
            get { lock (_sync) { return _lastProblem; } }
        }


        /// <summary>Requests OPSCOM answered (with success or a definite error) since boot.</summary>
        public int Sent
        {
            get { lock (_sync) { return _sent; } }
        }

        /// <summary>Requests that failed since boot.</summary>
        public int Failures
        {
            get { lock (_sync) { return _failures; } }
        }

        /// <summary>Exceptions a worker cycle caught (flash errors while recording an answer, bugs): each logged, then backed off.</summary>
        public int WorkerExceptions
        {
            get { lock (_sync) { return _workerExceptions; } }
        }

        /// <summary>The message of the last exception a worker cycle threw, or "".</summary>
        public string LastWorkerProblem
        {
            get { lock (_sync) { return _lastWorkerProblem; } }
        }

        /// <summary>Compactions and prunes that failed (flash error); the journal stays valid and the next cycle retries.</summary>
        public int MaintenanceFailures
        {
            get { lock (_sync) { return _maintenanceFailures; } }
        }

        /// <summary>The message of the last flash maintenance failure, or "".</summary>
        public string LastMaintenanceProblem
        {
            get { lock (_sync) { return _lastMaintenanceProblem; } }
        }

        /// <summary>Syncing waits for SNTP (or the RTC) to set the clock: HTTPS checks certificate dates against it.</summary>
        public bool WaitingForTime
        {
            get { lock (_sync) { return _waitingForTime; } }
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
