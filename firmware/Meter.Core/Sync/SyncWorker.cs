using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Time;
using Meter.Core.Diagnostics;
using Meter.Core.Supervision;

namespace Meter.Core.Sync
{
    /// <summary>
    /// The sync worker's whole cadence, the same on the device and in the simulator: flash housekeeping
    /// (compaction, the squeeze that frees room for sales), pruning once a minute, then at most one
    /// request. Whatever a cycle throws is caught, counted, logged and backed off, so one bad moment
    /// never ends syncing. It shares only the journal (whose lock it never holds across a request) and
    /// <see cref="SyncStatus"/> with the UI and console threads.
    /// </summary>
    public sealed class SyncWorker
    {
        /// <summary>How often finished permits past their retention are forgotten, ms.</summary>
        public const int PruneIntervalMs = 60000;

        /// <summary>
        /// The worker's pause between two steps of a fold, ms: the lock is free then, so a UI thread waiting for it
        /// (a coin to count, a sale to record) gets it behind one flash operation, not a whole fold.
        /// </summary>
        public const int MaintenanceStepWaitMs = 2;

        private readonly PermitJournal _journal;
        private readonly SyncEngine _engine;
        private readonly IClock _clock;
        private readonly MeterLog _log;
        private readonly Backoff _backoff;
        private readonly int _minimumWaitMs;
        private long _nextPruneMs;
        private long _resumeAtMs;
        private int _failuresInARow;
        private int _alertLogged;
        private bool _maintenanceFailing;

        /// <summary>A worker over <paramref name="journal"/> and <paramref name="engine"/>, backing off as <paramref name="settings"/> say.</summary>
        public SyncWorker(PermitJournal journal, SyncEngine engine, IClock clock, MeterLog log, SyncSettings settings, System.Random random)
        {
            _journal = journal;
            _engine = engine;
            _clock = clock;
            _log = log;
            _backoff = new Backoff(settings.BackoffMinimumMs, settings.BackoffMaximumMs, random);
            _minimumWaitMs = settings.BackoffMinimumMs;
            _nextPruneMs = clock.MonotonicMs;
            _resumeAtMs = clock.MonotonicMs;
        }

        /// <summary>Answers the UI's plate checks ahead of everything else; null when the meter does not check plates.</summary>
        public PlateChecker PlateChecker { get; set; }

        /// <summary>What syncing saw last, for the console.</summary>
        public SyncStatus Status
        {
            get { return _engine.Status; }
        }

        /// <summary>Runs cycles until <paramref name="stop"/> says so. The body of the worker thread.</summary>
        public void Run(IStopSignal stop)
        {
            while (!stop.WaitForStop(Cycle()))
            {
            }
        }

        /// <summary>As <see cref="Run(IStopSignal)"/>, telling <paramref name="watch"/> when each cycle starts and ends.</summary>
        public void Run(IStopSignal stop, Supervision.LoopWatch watch)
        {
            int wait;
            do
            {
                watch.PassStarted(_clock.MonotonicMs);
                wait = Cycle();
                watch.PassEnded();
            }
            while (!stop.WaitForStop(wait));
        }

        /// <summary>One pass of the worker; returns how long to wait before the next, in ms (0: go on at once).</summary>
        public int Cycle()
        {
            long nowMs = _clock.MonotonicMs;
            long nowUtcMs = _clock.UtcMs;
            // A motorist waits on this one: before folds, back-off and the backlog (over HTTPS, once the time is set).
            if (PlateChecker != null && (!_engine.NeedsTrustedTime || _clock.IsUtcTrusted) && AnswerPlate(nowUtcMs))
            {
                return 0;
            }

            if (Maintain(nowUtcMs, nowMs))
            {
                // A fold is under way: it goes on step by step before the next request, so nothing the worker records
                // meanwhile (an acknowledgement) makes it start over.
                return MaintenanceStepWaitMs;
            }

            if (nowMs < _resumeAtMs)
            {
                return Wait(_resumeAtMs - nowMs);
            }

            if (!TimeForTls(nowUtcMs))
            {
                return SyncEngine.IdleWaitMs;
            }

            try
            {
                int wait = _engine.Step(nowUtcMs, nowMs);
                _failuresInARow = 0;
                LogAlert(nowUtcMs);
                return wait;
            }
            catch (System.Exception error)
            {
                // Flash trouble while recording an answer, or a bug: the record stays as it was on flash, so the
                // same work comes round again after the pause; an answer that was lost is what retries are for.
                Status.WorkerFailed(error.Message);
                if (_failuresInARow == 0)
                {
                    _log.Add(nowUtcMs, "sync worker: " + error.Message);
                }

                int delay = _backoff.DelayMs(_failuresInARow++);
                _resumeAtMs = nowMs + (delay < _minimumWaitMs ? _minimumWaitMs : delay);
                return Wait(_resumeAtMs - nowMs);
            }
        }

        private bool AnswerPlate(long nowUtcMs)
        {
            try
            {
                return PlateChecker.AnswerOne(nowUtcMs);
            }
            catch (System.Exception error)
            {
                // An answer the reader could not take is "not covered" to the UI (it stops waiting); the cycle goes on.
                _log.Add(nowUtcMs, "plate check: " + error.Message);
                return false;
            }
        }

        // Over HTTPS nothing is sent before SNTP (or the RTC) set the clock: the firmware checks certificate dates against
        // it, so every handshake would fail and read as a certificate problem. Said once on the log, and on status.
        private bool TimeForTls(long nowUtcMs)
        {
            bool waiting = _engine.NeedsTrustedTime && !_clock.IsUtcTrusted;
            if (waiting != Status.WaitingForTime)
            {
                Status.SetWaitingForTime(waiting);
                _log.Add(nowUtcMs, waiting ? "sync: waiting for the time (SNTP) before any HTTPS request" : "sync: the clock is set, HTTPS requests go out");
            }

            return !waiting;
        }

        // True while a fold has more steps to go.
        private bool Maintain(long nowUtcMs, long nowMs)
        {
            try
            {
                if (_journal.MaintainStep())
                {
                    return true;
                }

                // A prune needs the real date: with an unset clock nothing is known to have ended.
                if (_clock.IsUtcTrusted && nowMs >= _nextPruneMs)
                {
                    _nextPruneMs = nowMs + PruneIntervalMs;
                    _journal.Prune(nowUtcMs);
                }

                _maintenanceFailing = false;
            }
            catch (System.Exception error)
            {
                Status.MaintenanceFailed(error.Message);
                if (!_maintenanceFailing)
                {
                    _log.Add(nowUtcMs, "journal maintenance failed: " + error.Message);
                }

                _maintenanceFailing = true;
            }

            return false;
        }

        private void LogAlert(long nowUtcMs)
        {
            string message;
            int alert = Status.Alert(out message);
            if (alert != 0 && alert != _alertLogged)
            {
                _log.Add(nowUtcMs, "sync ALERT " + alert.ToString() + " " + message + ": syncing paused, records kept");
            }

            _alertLogged = alert;
        }

        private static int Wait(long ms)
        {
            return ms > SyncEngine.IdleWaitMs ? SyncEngine.IdleWaitMs : (int)ms;
        }
    }
}
