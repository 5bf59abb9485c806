using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Json;
using Meter.Core.Time;
using Meter.Core.Money;

namespace Meter.Core.OpsCom
{
    /// <summary>
    /// Writes request bodies exactly as the OPSCOM documentation shows them (its field names and order,
    /// dates as yyyy-MM-ddTHH:mm:ss, amounts as 14.50) into one reused buffer. URLs are built once. The client
    /// code and hosts come from configuration: the documentation itself spells the client OC-TOMA and OC_TOMA.
    /// </summary>
    public sealed class OpsComRequests
    {
        /// <summary>Size of the request buffer, bytes: the largest request fits.</summary>
        public const int BufferBytes = 1024;

        private readonly JsonWriter _writer = new JsonWriter(new byte[BufferBytes]);
        private readonly char[] _scratch = new char[24];
        private readonly string _token;
        private readonly bool _utc;
        private readonly LocalTimeZone _zone;

        /// <summary>
        /// The zone of the times exchanged with OPSCOM, as [opscom] times says: "UTC", or "meter local time".
        /// OPSCOM answers in the convention it is sent; its documentation names no zone.
        /// </summary>
        public string TimesZone
        {
            get { return _utc ? "UTC" : "meter local time"; }
        }

        /// <summary>Requests for <paramref name="settings"/>' controller with <paramref name="apiToken"/>; local times in <paramref name="zone"/>.</summary>
        public OpsComRequests(OpsComSettings settings, string apiToken, LocalTimeZone zone)
        {
            _token = apiToken;
            _utc = settings.SendTimesAsUtc;
            _zone = zone;
            string permits = settings.BaseUrl + "/api/" + settings.Client + "/v1/permits/";
            PushUrl = permits + "push";
            UpdateUrl = permits + "update";
            DeleteUrl = permits + "delete";
            StatsUrl = permits + "stats";
            ValidateUrl = settings.ValidateUrl + "/api/v1/validate/plate";
            Client = settings.Client;
        }

        /// <summary>permits/push's address.</summary>
        public string PushUrl { get; private set; }

        /// <summary>permits/update's address.</summary>
        public string UpdateUrl { get; private set; }

        /// <summary>permits/delete's address.</summary>
        public string DeleteUrl { get; private set; }

        /// <summary>permits/stats' address.</summary>
        public string StatsUrl { get; private set; }

        /// <summary>The plate validation service's address.</summary>
        public string ValidateUrl { get; private set; }

        /// <summary>The client code in the addresses.</summary>
        public string Client { get; private set; }

        /// <summary>Whether OPSCOM is reached over HTTPS: then nothing may be sent before the clock is set (the device checks certificate dates against it).</summary>
        public bool UsesTls
        {
            get { return PushUrl.StartsWith("https://") || ValidateUrl.StartsWith("https://"); }
        }

        /// <summary>The body just written: <see cref="Body"/>[0..<see cref="Length"/>).</summary>
        public byte[] Body
        {
            get { return _writer.Buffer; }
        }

        /// <summary>Bytes of the request last written.</summary>
        public int Length
        {
            get { return _writer.Length; }
        }

        /// <summary>The address of <paramref name="operation"/>.</summary>
        public string UrlFor(OpsComOperation operation)
        {
            return operation == OpsComOperation.Push ? PushUrl : operation == OpsComOperation.Update ? UpdateUrl : DeleteUrl;
        }

        /// <summary>Writes the body for an operation on a permit; throws JournalException if the permit breaks a documented limit.</summary>
        public void Write(OpsComOperation operation, PermitRecord permit)
        {
            string problem = Check(operation, permit);
            if (problem != null)
            {
                throw new JournalException(problem);
            }

            _writer.Reset();
            _writer.StartObject();
            _writer.Property("apiToken", _token);
            if (operation == OpsComOperation.Push)
            {
                Amount("Amount", permit.SentAmountCents);
                _writer.Property("CurrencyID", permit.Currency);
                _writer.Property("LicencePlate", permit.Plate);
                _writer.Property("zone", permit.Zone);
                _writer.Property("permitNo", permit.PermitNo);
                Time("startTime", permit.StartUtcMs);
                Time("endTime", permit.SentEndUtcMs);
            }
            else if (operation == OpsComOperation.Update)
            {
                // Amount is the permit's new total, as OPSCOM keeps one amount per permit.
                _writer.Property("referenceID", permit.ReferenceId);
                _writer.Property("plate", permit.Plate);
                Amount("Amount", permit.AmountCents);
                _writer.Property("currency", permit.Currency);
                Time("endTime", permit.EndUtcMs);
            }
            else
            {
                _writer.Property("referenceID", permit.ReferenceId);
            }

            _writer.EndObject();
        }

        /// <summary>permits/stats, optionally for a comma-separated list of zones.</summary>
        public void WriteStats(string zones)
        {
            _writer.Reset();
            _writer.StartObject();
            _writer.Property("apiToken", _token);
            if (zones != null && zones.Length > 0)
            {
                _writer.Property("zones", zones);
            }

            _writer.EndObject();
        }

        /// <summary>Plate validation: another host and path, with api_token and client in the body.</summary>
        public void WriteValidate(string plate)
        {
            _writer.Reset();
            _writer.StartObject();
            _writer.Property("api_token", _token);
            _writer.Property("client", Client);
            _writer.Property("plate", plate);
            _writer.EndObject();
        }

        /// <summary>Null when the request would meet every documented limit, else why not.</summary>
        public string Check(OpsComOperation operation, PermitRecord permit)
        {
            if (_token == null || _token.Length == 0 || _token.Length > 50)
            {
                return "API token missing or longer than 50 characters";
            }

            if (operation != OpsComOperation.Push)
            {
                return permit.ReferenceId == null || permit.ReferenceId.Length == 0 || permit.ReferenceId.Length > 50
                    ? "an update or delete needs a reference id of 1-50 characters" : null;
            }

            string sale = JournalRules.CheckSale(permit.Plate, permit.Zone, permit.Currency, permit.StartUtcMs, permit.SentEndUtcMs, permit.SentAmountCents);
            return sale != null ? sale : permit.PermitNo.Length > 50 ? "permit number longer than 50 characters" : null;
        }

        private void Amount(string name, long cents)
        {
            _writer.Name(name);
            _writer.String(_scratch, 0, Cents.WriteOpsComAmount(cents, _scratch, 0));
        }

        private void Time(string name, long utcMs)
        {
            _writer.Name(name);
            _writer.String(_scratch, 0, TimeText.WriteDateTime(_utc ? utcMs : _zone.ToLocal(utcMs), _scratch, 0));
        }
    }
}
