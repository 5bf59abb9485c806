using System.Collections.Generic;
using System.Text;
using Meter.Core.Net;

namespace Meter.Core.Tests.Sync;

/// <summary>An HTTP port that answers from a script, one entry per request, and records what was sent.</summary>
public sealed class ScriptedHttpPort : IHttpPort
{
    private readonly Queue<(HttpOutcome Outcome, int Status, string Body)> _script = new();

    public List<(string Url, string Body)> Sent { get; } = new();

    /// <summary>Run once inside the next request, as another thread would act while it is on the wire.</summary>
    public System.Action? WhileOnTheWire { get; set; }

    /// <summary>Used when the script runs out: a success with a fresh reference id.</summary>
    public bool SucceedWhenEmpty { get; set; } = true;

    public ScriptedHttpPort Then(HttpOutcome outcome, int status = 0, string body = "")
    {
        _script.Enqueue((outcome, status, body));
        return this;
    }

    public ScriptedHttpPort ThenAnswer(int status, string body) => Then(HttpOutcome.Answered, status, body);

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        Sent.Add((url, Encoding.UTF8.GetString(body, 0, count)));
        var meanwhile = WhileOnTheWire;
        WhileOnTheWire = null;
        meanwhile?.Invoke();
        (HttpOutcome Outcome, int Status, string Body) next = _script.Count > 0 ? _script.Dequeue()
            : SucceedWhenEmpty ? (HttpOutcome.Answered, 200, "{\"status\":\"success\",\"reference_id\":\"ref-" + Sent.Count + "\"}") : (HttpOutcome.NotConnected, 0, "");
        status = next.Status;
        byte[] bytes = Encoding.UTF8.GetBytes(next.Body);
        if (bytes.Length > response.Length)
        {
            length = 0;
            return HttpOutcome.TooLarge;
        }

        bytes.CopyTo(response, 0);
        length = bytes.Length;
        return next.Outcome;
    }
}
