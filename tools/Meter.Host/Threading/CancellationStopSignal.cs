using Meter.Core.Supervision;

namespace Meter.Host.Threading;

/// <summary>The worker's stop signal on the host: a CancellationToken, waited on through its handle.</summary>
public sealed class CancellationStopSignal : IStopSignal
{
    private readonly CancellationToken _token;

    public CancellationStopSignal(CancellationToken token) => _token = token;

    public bool WaitForStop(int ms) => ms <= 0 ? _token.IsCancellationRequested : _token.WaitHandle.WaitOne(ms);
}
