using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.OpsCom;

namespace Meter.Core.Sync
{
    /// <summary>
    /// Sends the journal's due work to OPSCOM, one request per <see cref="Step"/>, oldest first. A push
    /// always precedes the update or delete that needs its reference id (they are the same record's
    /// states). Per-record back-off with full jitter is stored in the journal, so a reboot does not turn
    /// into a storm; one failing record waits alone while the others go on. When OPSCOM cannot be reached
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
        private int _unreachableInARow;
        private bool _catchingUp;
        private long _nextRequestUtcMs;

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

        /// <summary>What the engine saw last, for the console.</summary>
        public SyncStatus Status { get; private set; }

        /// <summary>Does at most one request. Returns how long the caller may wait before the next step, in ms.</summary>
        public int Step(long nowUtcMs)
        {
            long pausedUntil = Status.PausedUntilUtcMs;
            if (nowUtcMs < pausedUntil)
            {
                return Wait(pausedUntil - nowUtcMs);
            }

            if (nowUtcMs < _nextRequestUtcMs)
            {
                return Wait(_nextRequestUtcMs - nowUtcMs);
            }

            PermitRecord permit = _journal.TakeDue(nowUtcMs);
            if (permit == null)
            {
                // Nothing due: whatever piled up while OPSCOM was away has gone out.
                _catchingUp = false;
                return IdleWaitMs;
            }

            OpsComOperation operation = OperationFor(permit);
            if (operation == OpsComOperation.None)
            {
                Resolve(permit, nowUtcMs);
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
                long until = nowUtcMs + _backoff.DelayMs(_unreachableInARow++);
                Status.Failed(nowUtcMs, false, "OPSCOM not reachable", until);
                _catchingUp = true;
                return Wait(until - nowUtcMs);
            }

            _unreachableInARow = 0;
            if (outcome != HttpOutcome.Answered)
            {
                return Paced(nowUtcMs, Retry(permit, nowUtcMs, HttpOutcomes.Name(outcome)));
            }

            _answerReader.Read(_response, length, _answer);
            return Paced(nowUtcMs, Apply(permit, operation, status, nowUtcMs));
        }

        // While sending what piled up during an outage, requests are spaced by catch_up_ms, jittered by half
        // either way: every meter of a city comes back at once, and their backlogs together must not; never
        // closer than half, so one meter's requests do not bunch either.
        private int Paced(long nowUtcMs, int wait)
        {
            if (!_catchingUp || _settings.CatchUpMs <= 0)
            {
                return wait;
            }

            _nextRequestUtcMs = nowUtcMs + _settings.CatchUpMs / 2 + _random.Next(_settings.CatchUpMs + 1);
            return Wait(_nextRequestUtcMs - nowUtcMs);
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

        // OPSCOM has the permit but gave no reference id (9022): added time becomes a linked permit, and a
        // void cannot be sent, so it goes to the operator.
        private void Resolve(PermitRecord permit, long nowUtcMs)
        {
            if (permit.State == PermitState.TimeAdded)
            {
                _journal.SplitAddedTime(permit.Seq, nowUtcMs);
            }
            else
            {
                _journal.RecordRejected(permit.Seq, 9008, "no reference id from OPSCOM (it answered 9022): void this permit in OPSCOM by hand");
            }
        }

        private int Apply(PermitRecord permit, OpsComOperation operation, int status, long nowUtcMs)
        {
            if (_answer.Kind == AnswerKind.Success && status >= 200 && status < 300)
            {
                if (operation == OpsComOperation.Push && _answer.ReferenceId.Length == 0)
                {
                    return Retry(permit, nowUtcMs, "success without a reference id");
                }

                Succeeded(permit, operation, nowUtcMs);
                return 0;
            }

            if (_answer.Kind != AnswerKind.Error)
            {
                return Retry(permit, nowUtcMs, "HTTP " + status.ToString() + ": " + _answer.Problem);
            }

            ErrorAction action = ErrorPolicy.For(operation, _answer.ErrorCode);
            if (action == ErrorAction.PauseSyncing)
            {
                long until = nowUtcMs + _settings.BackoffMaximumMs;
                _catchingUp = true;
                Status.Alert(nowUtcMs, _answer.ErrorCode, _answer.ErrorMessage, until);
                return Wait(until - nowUtcMs);
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

        // The request may have reached OPSCOM: the record waits its own back-off (kept on flash).
        private int Retry(PermitRecord permit, long nowUtcMs, string problem)
        {
            _journal.RecordRetry(permit.Seq, nowUtcMs + _backoff.DelayMs(permit.Attempts));
            Status.Failed(nowUtcMs, true, problem, 0);
            return 0;
        }

        private static int Wait(long ms)
        {
            return ms > IdleWaitMs ? IdleWaitMs : (int)ms;
        }
    }
}
