using Meter.Core.Net;

namespace FleetSim;

/// <summary>
/// One meter's view of the city's network, in virtual time: when the scenario says OPSCOM cannot be
/// reached nothing is sent (never connected); otherwise the request goes to the one OPSCOM (counted in
/// <see cref="OpsComTraffic"/> at its virtual time) and takes the scenario's latency. An answer later than
/// the meter's deadline is lost after OPSCOM acted on it, exactly the case exactly-once must survive.
/// The latency is owed to the meter's worker: the simulation delays its next cycle by it.
/// </summary>
public sealed class FleetNetwork(MeterClock clock, Scenario scenario, IHttpPort opsCom, OpsComTraffic traffic, VirtualRequestTime requestTime, Random random) : IHttpPort
{
    /// <summary>Latency spent in requests since the last call, ms.</summary>
    public int TakeLatencyMs()
    {
        int owed = _owedMs;
        _owedMs = 0;
        return owed;
    }

    private int _owedMs;

    /// <summary>Requests sent that got no answer in time.</summary>
    public int LateAnswers { get; private set; }

    public HttpOutcome Post(string url, byte[] body, int count, int deadlineMs, byte[] response, out int status, out int length)
    {
        status = 0;
        length = 0;
        long now = clock.Now + _owedMs;
        if (!scenario.Reachable(now))
        {
            _owedMs += 1000;
            return HttpOutcome.NotConnected;
        }

        int latency = scenario.LatencyMs(random);
        traffic.Add(now);
        requestTime.UtcMs = now + Math.Min(latency, deadlineMs) / 2;
        HttpOutcome outcome = opsCom.Post(url, body, count, 30_000, response, out status, out length);
        if (latency > deadlineMs)
        {
            _owedMs += deadlineMs;
            LateAnswers++;
            status = 0;
            length = 0;
            return HttpOutcome.NoAnswer;
        }

        _owedMs += latency;
        return outcome;
    }
}
