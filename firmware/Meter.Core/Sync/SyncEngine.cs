using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.OpsCom;

namespace Meter.Core.Sync
{
    /// <summary>
    /// Sends the journal's due work to OPSCOM, one request per <see cref="Step"/>, oldest first. A push
    /// always precedes the update or delete that needs its reference id (they are the same record's
    /// states). Per-record back-off with full jitter is kept in the journal's RAM, so one failing record waits
    /// alone while the others go on; after a reboot the catch-up pacing keeps the retries from bunching.
    /// Every deadline (back-off, pause, pacing) runs on the monotonic clock, never on wall time: SNTP may
    /// step the wall clock either way, and a correction must neither delay nor bunch the queue. When OPSCOM cannot be reached
    /// at all, or refuses the token, the whole engine pauses instead, touching no record.
    /// Runs inside <see cref="SyncWorker"/> on its own thread, never on the UI's. The permit it sends is a
    /// copy taken with <see cref="PermitJournal.TakeDue"/>; what the UI or console changes meanwhile is
    /// applied by the journal on top of the answer, never overwritten by it.
    /// </summary>
    public sealed class SyncEngine
    {
        /// <summary>How long to wait when nothing is due before looking again.</summary>
        public const int IdleWaitMs = 1000;

        private readonly PermitJournal _journal;
        private readonly IHttpPort _http;
        private readonly OpsComRequests _requests;
        private readonly SyncSettings _settings;
        private readonly Backoff _backoff;
        private readonly byte[] _response;
        private readonly OpsComAnswer _answer = new OpsComAnswer();
        private readonly OpsComAnswerReader _answerReader = new OpsComAnswerReader();
        private readonly System.Random _random;

        /// <summary>The worker's request writer: the plate check uses it between two steps, on the same thread.</summary>
        internal OpsComRequests Requests
        {
            get { return _requests; }
        }

        /// <summary>The worker's answer buffer, shared the same way.</summary>
        internal byte[] ResponseBuffer
        {
            get { return _response; }
        }
        private int _unreachableInARow;

        // From boot on, as after an outage: retry state lives in RAM, so a rebooted meter's backlog is all due at once,
        // and a city's meters come back from a power cut together. Nothing due ends it.
        private bool _catchingUp = true;
        private long _nextRequestMs;
        private long _pausedUntilMs;

        /// <summary>An engine pushing <paramref name="journal"/>'s permits over <paramref name="http"/>.</summary>
        public SyncEngine(PermitJournal journal, IHttpPort http, OpsComRequests requests, SyncSettings settings, System.Random random)
        {
            _journal = journal;
            _http = http;
            _requests = requests;
            _settings = settings;
            _backoff = new Backoff(settings.BackoffMinimumMs, settings.BackoffMaximumMs, random);
            _random = random;
            _response = new byte[settings.ResponseCapBytes];
            Status = new SyncStatus();
        }

        /// <summary>Whether requests go over HTTPS, which needs a trusted clock first.</summary>
        public bool NeedsTrustedTime
        {
            get { return _requests.UsesTls; }
        }

        /// <summary>What the engine saw last, for the console.</summary>
        public SyncStatus Status { get; private set; }

        /// <summary>
        /// Does at most one request, at <paramref name="nowUtcMs"/> (wall time, for what is stamped and shown) and
        /// <paramref name="nowMs"/> (monotonic, for every deadline). Returns how long the caller may wait before the
        /// next step, in ms.
        /// </summary>
        public int Step(long nowUtcMs, long nowMs)
        {
            if (Status.TakeResumeRequest())
            {
                // The operator asked (console "retry"): whatever paused or spaced the requests, try now.
                _pausedUntilMs = 0;
                _nextRequestMs = 0;
                _unreachableInARow = 0;
            }

            if (nowMs < _pausedUntilMs)
            {
                return Wait(_pausedUntilMs - nowMs);
            }

            if (nowMs < _nextRequestMs)
            {
                return Wait(_nextRequestMs - nowMs);
            }

            PermitRecord permit = _journal.TakeDue(nowMs);
            if (permit == null)
            {
                // Nothing due: whatever piled up while OPSCOM was away has gone out.
                _catchingUp = false;
                return IdleWaitMs;
            }

            OpsComOperation operation = OperationFor(permit);
            if (operation == OpsComOperation.None)
            {
                Resolve(permit, nowUtcMs, nowMs);
                return 0;
            }

            string unwritable = Write(operation, permit);
            if (unwritable != null)
            {
                // Corrupt or out-of-limit fields would fail the same way forever: to the operator, not the head of the queue.
                _journal.RecordRejected(permit.Seq, 0, "request cannot be written: " + unwritable);
                return 0;
            }

            int status;
            int length;
            HttpOutcome outcome = _http.Post(_requests.UrlFor(operation), _requests.Body, _requests.Length, _settings.TimeoutMs, _response, out status, out length);
            if (outcome == HttpOutcome.NotConnected)
            {
                // Nothing reached OPSCOM: no record changes, the engine waits for the network.
                return Pause(nowUtcMs, nowMs, _backoff.DelayMs(_unreachableInARow++), 0, "OPSCOM not reachable");
            }

            _unreachableInARow = 0;
            if (outcome != HttpOutcome.Answered)
            {
                return Paced(nowMs, Retry(permit, nowUtcMs, nowMs, HttpOutcomes.Name(outcome)));
            }

            _answerReader.Read(_response, length, _answer);
            return Paced(nowMs, Apply(permit, operation, status, nowUtcMs, nowMs));
        }

        // The whole engine waits delayMs (monotonic). Code 0: a failure, not an alert.
        private int Pause(long nowUtcMs, long nowMs, int delayMs, int alertCode, string problem)
        {
            _pausedUntilMs = nowMs + delayMs;
            _catchingUp = true;
            if (alertCode == 0)
            {
                Status.Failed(nowUtcMs, false, problem);
            }
            else
            {
                Status.Alert(nowUtcMs, alertCode, problem);
            }

            return Wait(delayMs);
        }

        // While sending what piled up during an outage, requests are spaced by catch_up_ms, jittered by half
        // either way: every meter of a city comes back at once, and their backlogs together must not; never
        // closer than half, so one meter's requests do not bunch either.
        private int Paced(long nowMs, int wait)
        {
            if (!_catchingUp || _settings.CatchUpMs <= 0)
            {
                return wait;
            }

            _nextRequestMs = nowMs + _settings.CatchUpMs / 2 + _random.Next(_settings.CatchUpMs + 1);
            return Wait(_nextRequestMs - nowMs);
        }

        // Null when the body is written, else why it cannot be.
        private string Write(OpsComOperation operation, PermitRecord permit)
        {
            try
            {
                _requests.Write(operation, permit);
                return null;
            }
            catch (System.Exception error)
            {
                return error.Message;
            }
        }

        // Push first whenever OPSCOM does not yet have the permit; 0 when the record needs local work only.
        private static OpsComOperation OperationFor(PermitRecord permit)
        {
            if (!permit.Delivered)
            {
                return OpsComOperation.Push;
            }

            if (permit.ReferenceId.Length == 0)
            {
                return OpsComOperation.None;
            }

            return permit.State == PermitState.VoidRequested ? OpsComOperation.Delete : OpsComOperation.Update;
        }

        // OPSCOM has the permit but gave no reference id (9022): added time becomes a linked permit (once the journal
        // has room for it beside a sale being paid; until then it waits its back-off), and a void cannot be sent, so
        // it goes to the operator.
        private void Resolve(PermitRecord permit, long nowUtcMs, long nowMs)
        {
            if (permit.State == PermitState.TimeAdded)
            {
                if (_journal.SplitAddedTime(permit.Seq, nowUtcMs) == null)
                {
                    _journal.RecordRetry(permit.Seq, nowMs + _backoff.DelayMs(permit.Attempts));
                }
            }
            else
            {
                _journal.RecordRejected(permit.Seq, ErrorPolicy.ReferenceIdRequired, "no reference id from OPSCOM (it answered 9022): void this permit in OPSCOM by hand");
            }
        }

        private int Apply(PermitRecord permit, OpsComOperation operation, int status, long nowUtcMs, long nowMs)
        {
            if (_answer.Kind == AnswerKind.Success && status >= 200 && status < 300)
            {
                if (operation == OpsComOperation.Push && _answer.ReferenceId.Length == 0)
                {
                    return Retry(permit, nowUtcMs, nowMs, "success without a reference id");
                }

                Succeeded(permit, operation, nowUtcMs);
                return 0;
            }

            if (_answer.Kind != AnswerKind.Error)
            {
                return Retry(permit, nowUtcMs, nowMs, "HTTP " + status.ToString() + ": " + _answer.Problem);
            }

            ErrorAction action = ErrorPolicy.For(operation, _answer.ErrorCode);
            if (action == ErrorAction.PauseSyncing)
            {
                return Pause(nowUtcMs, nowMs, _settings.BackoffMaximumMs, _answer.ErrorCode, _answer.ErrorMessage);
            }

            if (action == ErrorAction.Delivered)
            {
                if (operation == OpsComOperation.Push)
                {
                    _journal.RecordDelivered(permit.Seq);
                }
                else
                {
                    Succeeded(permit, operation, nowUtcMs);
                    return 0;
                }
            }
            else if (action == ErrorAction.AlreadyGone)
            {
                _journal.RecordVoided(permit.Seq);
            }
            else
            {
                _journal.RecordRejected(permit.Seq, _answer.ErrorCode, _answer.ErrorMessage);
            }

            Status.Succeeded(nowUtcMs);
            return 0;
        }

        private void Succeeded(PermitRecord permit, OpsComOperation operation, long nowUtcMs)
        {
            if (operation == OpsComOperation.Push)
            {
                _journal.RecordPushed(permit.Seq, _answer.ReferenceId);
            }
            else if (operation == OpsComOperation.Update)
            {
                _journal.RecordUpdated(permit.Seq, permit.EndUtcMs, permit.AmountCents);
            }
            else
            {
                _journal.RecordVoided(permit.Seq);
            }

            Status.Succeeded(nowUtcMs);
        }

        // The request may have reached OPSCOM: the record waits its own back-off (in RAM, on the monotonic clock).
        private int Retry(PermitRecord permit, long nowUtcMs, long nowMs, string problem)
        {
            _journal.RecordRetry(permit.Seq, nowMs + _backoff.DelayMs(permit.Attempts));
            Status.Failed(nowUtcMs, true, problem);
            return 0;
        }

        private static int Wait(long ms)
        {
            return ms > IdleWaitMs ? IdleWaitMs : (int)ms;
        }
    }
}
