using Meter.Core.Json;

namespace Meter.Core.OpsCom
{
    /// <summary>
    /// Reads the answers of permits push, update and delete: the success object
    /// {"status": "success", "reference_id": ...} or the error object {"ErrorCode": ..., "ErrorMessage": ...}
    /// whatever the HTTP status. Anything else is unreadable, a transient failure, never a crash.
    /// </summary>
    public sealed class OpsComAnswerReader
    {
        private static readonly byte[] Empty = new byte[0];

        // Reused for every answer: reading one allocates only the strings it keeps.
        private readonly JsonReader _reader = new JsonReader(Empty, 0, 0, 8, 1024);

        /// <summary>Reads <paramref name="length"/> bytes of an OPSCOM answer into <paramref name="answer"/>.</summary>
        public void Read(byte[] body, int length, OpsComAnswer answer)
        {
            answer.Clear();
            try
            {
                JsonReader reader = _reader;
                reader.Reset(body, 0, length);
                if (reader.Read() != JsonToken.StartObject)
                {
                    answer.Problem = "not a JSON object";
                    return;
                }

                bool success = false;
                bool hasCode = false;
                while (reader.Read() == JsonToken.PropertyName)
                {
                    if (reader.ValueEquals("status"))
                    {
                        success = reader.Read() == JsonToken.String && reader.ValueEquals("success");
                    }
                    else if (reader.ValueEquals("reference_id"))
                    {
                        answer.ReferenceId = reader.Read() == JsonToken.String ? reader.GetString() : "";
                    }
                    else if (reader.ValueEquals("ErrorCode"))
                    {
                        hasCode = reader.Read() == JsonToken.Number;
                        answer.ErrorCode = hasCode ? (int)reader.GetInt64() : 0;
                    }
                    else if (reader.ValueEquals("ErrorMessage"))
                    {
                        answer.ErrorMessage = reader.Read() == JsonToken.String ? reader.GetString() : "";
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                if (reader.Token != JsonToken.EndObject || reader.Read() != JsonToken.End)
                {
                    answer.Problem = "unexpected JSON";
                    return;
                }

                answer.Kind = hasCode ? AnswerKind.Error : success ? AnswerKind.Success : AnswerKind.Unreadable;
                if (answer.Kind == AnswerKind.Unreadable)
                {
                    answer.Problem = "neither success nor an error object";
                }
            }
            catch (JsonException error)
            {
                answer.Kind = AnswerKind.Unreadable;
                answer.Problem = error.Message;
            }
        }
    }
}
