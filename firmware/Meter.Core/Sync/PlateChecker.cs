using Meter.Core.Config;
using Meter.Core.Net;
using Meter.Core.OpsCom;

namespace Meter.Core.Sync
{
    /// <summary>
    /// The worker's side of <see cref="PlateCheck"/>: at the start of a cycle, ahead of the backlog and of any back-off, it
    /// asks OPSCOM's plate validation about the plate waiting there, with the configured wait as the request's deadline
    /// (a later answer would not be shown anyway). Anything but a readable answer is "not covered": the sale goes on.
    /// It writes with the sync engine's request writer into its answer buffer: the worker's thread alone uses them, one
    /// request at a time, so the check costs the heap no buffer of its own.
    /// </summary>
    public sealed class PlateChecker
    {
        private readonly PlateCheck _check;
        private readonly IHttpPort _http;
        private readonly OpsComRequests _requests;
        private readonly MeterConfig _config;
        private readonly bool _timesAsUtc;
        private readonly byte[] _response;

        /// <summary>A checker answering <paramref name="check"/> over <paramref name="http"/> with <paramref name="engine"/>'s writer and buffer; OPSCOM's bare times are UTC when <paramref name="timesAsUtc"/>.</summary>
        public PlateChecker(PlateCheck check, IHttpPort http, SyncEngine engine, MeterConfig config, bool timesAsUtc)
        {
            _timesAsUtc = timesAsUtc;
            _check = check;
            _http = http;
            _requests = engine.Requests;
            _response = engine.ResponseBuffer;
            _config = config;
        }

        /// <summary>Answers the question waiting, if any; false when there was none.</summary>
        public bool AnswerOne(long nowUtcMs)
        {
            string plate = _check.TakeQuestion();
            if (plate == null)
            {
                return false;
            }

            int status;
            int length;
            _requests.WriteValidate(plate);
            HttpOutcome outcome = _http.Post(_requests.ValidateUrl, _requests.Body, _requests.Length, _config.OpsCom.CoveredWaitMs, _response, out status, out length);
            PlateCoverage coverage = outcome != HttpOutcome.Answered || status != 200 ? null
                : PlateValidationReader.Read(_response, length, nowUtcMs, _config.OpsCom.CoveringPermits, _config.Meter.ZoneName, _timesAsUtc, _config.Tariff.Zone);
            _check.Answer(plate, coverage);
            return true;
        }
    }
}
