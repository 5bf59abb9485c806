namespace Meter.Core.Sync
{
    /// <summary>What the sync worker had seen at one moment (<see cref="SyncStatus.Snapshot"/>): never changes once made.</summary>
    public sealed class SyncState
    {
        internal SyncState(bool online, long lastSuccessUtcMs, long lastAttemptUtcMs, int alertCode, string alertMessage, string lastProblem,
            int sent, int failures, int workerExceptions, string lastWorkerProblem, int maintenanceFailures, string lastMaintenanceProblem, bool waitingForTime)
        {
            Online = online;
            LastSuccessUtcMs = lastSuccessUtcMs;
            LastAttemptUtcMs = lastAttemptUtcMs;
            AlertCode = alertCode;
            AlertMessage = alertMessage;
            LastProblem = lastProblem;
            Sent = sent;
            Failures = failures;
            WorkerExceptions = workerExceptions;
            LastWorkerProblem = lastWorkerProblem;
            MaintenanceFailures = maintenanceFailures;
            LastMaintenanceProblem = lastMaintenanceProblem;
            WaitingForTime = waitingForTime;
        }

        /// <summary>Whether the last exchange reached OPSCOM.</summary>
        public bool Online { get; }

        /// <summary>When OPSCOM last answered, UTC ms (-1: never).</summary>
        public long LastSuccessUtcMs { get; }

        /// <summary>When a request was last tried, UTC ms (-1: never).</summary>
        public long LastAttemptUtcMs { get; }

        /// <summary>An authentication or configuration error code (9000, 9001, 9002, 9034) while syncing is paused; 0 when none.</summary>
        public int AlertCode { get; }

        /// <summary>The alert's message from OPSCOM, or "".</summary>
        public string AlertMessage { get; }

        /// <summary>The last transient failure, for the log and the console.</summary>
        public string LastProblem { get; }

        /// <summary>Requests OPSCOM answered (with success or a definite error) since boot.</summary>
        public int Sent { get; }

        /// <summary>Requests that failed since boot.</summary>
        public int Failures { get; }

        /// <summary>Exceptions a worker cycle caught (flash errors while recording an answer, bugs): each logged, then backed off.</summary>
        public int WorkerExceptions { get; }

        /// <summary>The message of the last exception a worker cycle threw, or "".</summary>
        public string LastWorkerProblem { get; }

        /// <summary>Compactions and prunes that failed (flash error); the journal stays valid and the next cycle retries.</summary>
        public int MaintenanceFailures { get; }

        /// <summary>The message of the last flash maintenance failure, or "".</summary>
        public string LastMaintenanceProblem { get; }

        /// <summary>Syncing waits for SNTP (or the RTC) to set the clock: HTTPS checks certificate dates against it.</summary>
        public bool WaitingForTime { get; }
    }
}
