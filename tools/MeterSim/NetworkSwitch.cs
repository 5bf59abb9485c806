using Meter.Core.Net;

namespace MeterSim;

/// <summary>Pulls the network cable on demand: while down, every request fails before connecting.</summary>
public sealed class NetworkSwitch : IHttpPort
{
    private readonly IHttpPort _inner;

    public NetworkSwitch(IHttpPort inner) => _inner = inner;

    public volatile bool Down;

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        if (Down)
        {
            status = 0;
            length = 0;
            return HttpOutcome.NotConnected;
        }

        return _inner.Post(url, body, count, deadlineMs, response, out status, out length);
    }
}
