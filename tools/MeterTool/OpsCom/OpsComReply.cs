using System.Text.Json;

namespace MeterTool.OpsCom;

/// <summary>One OPSCOM answer: its HTTP status, the JSON (when it was JSON), and the error it carries, if any.</summary>
public sealed record OpsComReply(int Status, JsonElement? Json, string Text)
{
    /// <summary>OPSCOM's error code: ErrorCode of the controller's error object, or the validation service's non-zero "error"; 0 for none.</summary>
    public int ErrorCode => Json is { ValueKind: JsonValueKind.Object } json
        ? json.TryGetProperty("ErrorCode", out var code) && code.TryGetInt32(out int value) ? value
          : json.TryGetProperty("error", out var error) && error.TryGetInt32(out int flag) ? flag : 0
        : 0;

    /// <summary>OPSCOM's error message (ErrorMessage, or the validation service's "message").</summary>
    public string ErrorMessage => Json is { ValueKind: JsonValueKind.Object } json
        ? json.TryGetProperty("ErrorMessage", out var message) ? message.ToString()
          : json.TryGetProperty("message", out var text) ? text.ToString() : ""
        : "";

    /// <summary>True for a 2xx answer in JSON without an error.</summary>
    public bool Succeeded => Status is >= 200 and < 300 && Json != null && ErrorCode == 0;
}
