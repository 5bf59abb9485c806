using Meter.Core.Json;
using Meter.Core.Net;
using Meter.Core.OpsCom;

namespace Meter.Core.Operator
{
    /// <summary>The console's questions to OPSCOM: permit stats by zone, and plate validation. Answers come back as text.</summary>
    public sealed class OpsComQueries
    {
        private readonly IHttpPort _http;
        private readonly OpsComRequests _requests;
        private readonly int _deadlineMs;
        private readonly byte[] _response;

        /// <summary>Queries over <paramref name="http"/> with a deadline (ms) and an answer buffer of <paramref name="responseCapBytes"/>.</summary>
        public OpsComQueries(IHttpPort http, OpsComRequests requests, int deadlineMs, int responseCapBytes)
        {
            _http = http;
            _requests = requests;
            _deadlineMs = deadlineMs;
            _response = new byte[responseCapBytes];
        }

        /// <summary>Whether the queries go over HTTPS (then not before the clock is set).</summary>
        public bool UsesTls
        {
            get { return _requests.UsesTls; }
        }

        /// <summary>OPSCOM's permit counts by type and zone, as console text.</summary>
        public string Stats(string zones)
        {
            _requests.WriteStats(zones);
            return Ask(_requests.StatsUrl, true);
        }

        /// <summary>What OPSCOM's validation service says of a plate, as console text.</summary>
        public string Validate(string plate)
        {
            _requests.WriteValidate(plate);
            return Ask(_requests.ValidateUrl, false);
        }

        private string Ask(string url, bool stats)
        {
            int status;
            int length;
            HttpOutcome outcome = _http.Post(url, _requests.Body, _requests.Length, _deadlineMs, _response, out status, out length);
            if (outcome != HttpOutcome.Answered)
            {
                return "OPSCOM: " + HttpOutcomes.Name(outcome) + "\n";
            }

            try
            {
                return stats ? ReadStats(length) : ReadValidation(length);
            }
            catch (JsonException error)
            {
                return "OPSCOM answered HTTP " + status.ToString() + " with unreadable JSON: " + error.Message + "\n";
            }
        }

        // {"data": [{"type": "standard", "zone": "zone1", "total": "4"}, ...]} or the error object.
        private string ReadStats(int length)
        {
            JsonReader reader = new JsonReader(_response, 0, length);
            string text = "";
            string error = "";
            string type = "";
            string zone = "";
            string total = "";
            while (reader.Read() != JsonToken.End)
            {
                if (reader.Token != JsonToken.PropertyName)
                {
                    if (reader.Token == JsonToken.EndObject && reader.Depth == 2)
                    {
                        text += Pad(zone, 20) + Pad(type, 12) + total + "\n";
                    }

                    continue;
                }

                string name = reader.GetString();
                reader.Read();
                string value = reader.Token == JsonToken.String ? reader.GetString() : reader.Token == JsonToken.Number ? reader.GetNumberText() : "";
                if (name == "type") { type = value; }
                else if (name == "zone") { zone = value; }
                else if (name == "total") { total = value; }
                else if (name == "ErrorCode" || name == "ErrorMessage") { error += value + " "; }
            }

            if (error.Length > 0)
            {
                return "OPSCOM error " + error.Trim() + "\n";
            }

            return text.Length == 0 ? "no permits\n" : Pad("zone", 20) + Pad("type", 12) + "total\n" + text;
        }

        // {"error": 0, "data": {"response": "...", "plate": ...}, "message": ""} or the error object.
        private string ReadValidation(int length)
        {
            JsonReader reader = new JsonReader(_response, 0, length);
            string response = "";
            string error = "";
            while (reader.Read() != JsonToken.End)
            {
                if (reader.Token != JsonToken.PropertyName)
                {
                    continue;
                }

                string name = reader.GetString();
                reader.Read();
                if (name == "response" && reader.Token == JsonToken.String)
                {
                    response = reader.GetString();
                }
                else if ((name == "ErrorCode" || name == "ErrorMessage" || name == "message") && (reader.Token == JsonToken.String || reader.Token == JsonToken.Number))
                {
                    string value = reader.Token == JsonToken.String ? reader.GetString() : reader.GetNumberText();
                    error += value.Length > 0 ? value + " " : "";
                }
                else if (reader.Token == JsonToken.StartArray || (reader.Token == JsonToken.StartObject && name != "data"))
                {
                    reader.Skip();
                }
            }

            if (error.Length > 0)
            {
                return "OPSCOM error " + error.Trim() + "\n";
            }

            // OPSCOM's text carries bare times: say which zone they are in.
            return response.Length == 0 ? "nothing on file for this plate\n" : response.Trim() + "\n(times in " + _requests.TimesZone + ")\n";
        }

        private static string Pad(string text, int width)
        {
            return text.Length >= width ? text + " " : text + new string(' ', width - text.Length);
        }
    }
}
