using System;
using Meter.Core.Net;
using Meter.TestKit.OpsCom;

namespace Meter.TestKit.Soak;

/// <summary>
/// The city's network and OPSCOM on a bad day, seeded: each request may find no connection, a 5xx before OPSCOM sees it,
/// a request lost on the way, or an answer lost after OPSCOM recorded it; the rest reach the fake OPSCOM.
/// </summary>
public sealed class FakeUnreliableNetwork(FakeOpsCom opscom, Random random) : IHttpPort
{
    /// <summary>Every request reaches OPSCOM and every answer comes back (the final drain).</summary>
    public bool Healthy { get; set; }

    public FakeOpsCom OpsCom => opscom;

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        int roll = Healthy ? 99 : random.Next(100);
        if (roll < 8)
        {
            (status, length) = (0, 0);
            return HttpOutcome.NotConnected;
        }

        if (roll < 16)
        {
            status = 500;
            length = System.Text.Encoding.UTF8.GetBytes("internal error", 0, 14, response, 0);
            return HttpOutcome.Answered;
        }

        if (roll < 24)
        {
            opscom.DropNextRequest();
        }
        else if (roll < 34)
        {
            opscom.LoseNextAnswer();
        }

        return opscom.Post(url, body, count, deadlineMs, response, out status, out length);
    }
}
