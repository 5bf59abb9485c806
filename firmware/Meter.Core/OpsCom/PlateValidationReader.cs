using Meter.Core.Json;
using Meter.Core.Time;

namespace Meter.Core.OpsCom
{
    /// <summary>
    /// Reads OPSCOM's plate validation answer for the one question the meter asks: is this plate covered here now?
    /// <c>responseJSON.permits[]</c> count when their <c>shortName</c> or <c>type</c> is one the meter was told covers it
    /// and <c>expires</c> is later than now; <c>responseJSON.dntt[]</c> when its <c>location</c> is this meter's zone and now
    /// lies between <c>start</c> and <c>end</c>. Bare times are read in the <c>[opscom] times</c> convention. The alarm and
    /// the notes are skipped unread: they may name people, and a motorist must never see them.
    /// </summary>
    public static class PlateValidationReader
    {
        /// <summary>The cover lasting longest, or null (none, an error answer, or unreadable JSON).</summary>
        public static PlateCoverage Read(byte[] body, int length, long nowUtcMs, string[] coveringPermits, string meterZone, bool timesAsUtc, LocalTimeZone zone)
        {
            JsonReader reader = new JsonReader(body, 0, length);
            PlateCoverage best = null;
            string list = null;
            string shortName = null, type = null, expires = null, location = null, start = null, end = null;
            try
            {
                while (reader.Read() != JsonToken.End)
                {
                    JsonToken token = reader.Token;
                    if (token == JsonToken.StartObject && list != null)
                    {
                        shortName = type = expires = location = start = end = null;
                    }
                    else if (token == JsonToken.EndObject && list != null)
                    {
                        PlateCoverage cover = list == "permits"
                            ? Permit(shortName, type, expires, nowUtcMs, coveringPermits, timesAsUtc, zone)
                            : Dntt(location, start, end, nowUtcMs, meterZone, timesAsUtc, zone);
                        best = cover != null && (best == null || cover.UntilUtcMs > best.UntilUtcMs) ? cover : best;
                    }
                    else if (token == JsonToken.EndArray)
                    {
                        list = null;
                    }
                    else if (token == JsonToken.PropertyName)
                    {
                        string name = reader.GetString();
                        reader.Read();
                        if ((name == "permits" || name == "dntt") && reader.Token == JsonToken.StartArray)
                        {
                            list = name;
                        }
                        else if (reader.Token == JsonToken.String && list != null)
                        {
                            string value = name == "notes" ? null : reader.GetString();
                            if (name == "shortName") { shortName = value; }
                            else if (name == "type") { type = value; }
                            else if (name == "expires") { expires = value; }
                            else if (name == "location") { location = value; }
                            else if (name == "start") { start = value; }
                            else if (name == "end") { end = value; }
                        }
                        else if (reader.Token == JsonToken.StartObject ? name != "data" && name != "responseJSON" : reader.Token == JsonToken.StartArray)
                        {
                            reader.Skip();
                        }
                    }
                }
            }
            catch (JsonException)
            {
                return null;
            }

            return best;
        }

        private static PlateCoverage Permit(string shortName, string type, string expires, long nowUtcMs, string[] covering, bool timesAsUtc, LocalTimeZone zone)
        {
            long until;
            bool counts = false;
            for (int i = 0; i < covering.Length && !counts; i++)
            {
                counts = Same(covering[i], shortName) || Same(covering[i], type);
            }

            if (!counts || !TryTime(expires, timesAsUtc, zone, out until) || until <= nowUtcMs)
            {
                return null;
            }

            return new PlateCoverage(shortName != null && shortName.Length > 0 ? shortName : type, until);
        }

        private static PlateCoverage Dntt(string location, string start, string end, long nowUtcMs, string meterZone, bool timesAsUtc, LocalTimeZone zone)
        {
            long from;
            long until;
            if (!Same(meterZone, location) || !TryTime(start, timesAsUtc, zone, out from) || !TryTime(end, timesAsUtc, zone, out until))
            {
                return null;
            }

            return from <= nowUtcMs && nowUtcMs < until ? new PlateCoverage(null, until) : null;
        }

        // OPSCOM's "2025-04-30 23:59:59" (or with a T), UTC or the meter's local time as [opscom] times says.
        private static bool TryTime(string text, bool timesAsUtc, LocalTimeZone zone, out long utcMs)
        {
            utcMs = 0;
            if (text == null || text.Length != 19)
            {
                return false;
            }

            long ms;
            if (!TimeText.TryParseDateTime(text.Substring(0, 10) + "T" + text.Substring(11), out ms))
            {
                return false;
            }

            utcMs = timesAsUtc ? ms : zone.ToUtc(ms);
            return true;
        }

        private static bool Same(string a, string b)
        {
            return a != null && b != null && a.Length > 0 && a.ToUpper() == b.Trim().ToUpper();
        }
    }
}
