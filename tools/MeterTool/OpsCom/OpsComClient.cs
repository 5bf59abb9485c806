using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeterTool.OpsCom;

/// <summary>
/// Posts requests as the OPSCOM documentation writes them: JSON bodies with Content-Type and Accept
/// application/json, to /api/{client}/v1/... on the controller, and to /api/v1/validate/plate on the
/// validation service. Network failures throw HttpRequestException (or TaskCanceledException on the timeout).
/// </summary>
public sealed class OpsComClient(HttpClient http, OpsComTarget target)
{
    /// <summary>The documented fields in order, apiToken first, then the fields given; returns the answer.</summary>
    public Task<OpsComReply> PostAsync(string endpoint, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancel = default)
    {
        var body = new JsonObject { ["apiToken"] = target.Token };
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        return SendAsync(target.BaseUrl + "/api/" + target.Client + "/v1/" + endpoint, body.ToJsonString(), cancel);
    }

    /// <summary>The plate validation service: api_token, client, plate.</summary>
    public Task<OpsComReply> ValidateAsync(string plate, CancellationToken cancel = default)
    {
        var body = new JsonObject { ["api_token"] = target.Token, ["client"] = target.Client, ["plate"] = plate };
        return SendAsync(target.ValidateUrl + "/api/v1/validate/plate", body.ToJsonString(), cancel);
    }

    /// <summary>A hand-written body to a controller endpoint, sent as is (for what the other commands do not cover).</summary>
    public Task<OpsComReply> PostRawAsync(string endpoint, string body, CancellationToken cancel = default) =>
        SendAsync(target.BaseUrl + "/api/" + target.Client + "/v1/" + endpoint, body, cancel);

    private async Task<OpsComReply> SendAsync(string url, string json, CancellationToken cancel)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await http.SendAsync(request, cancel);
        string text = await response.Content.ReadAsStringAsync(cancel);
        JsonElement? parsed = null;
        try
        {
            parsed = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
        }

        return new OpsComReply((int)response.StatusCode, parsed, text);
    }
}
