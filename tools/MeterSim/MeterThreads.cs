using Meter.Host.Threading;

namespace MeterSim;

/// <summary>
/// The meter's threads, as on the device: the UI loop and the sync worker each on its own thread,
/// sharing only the journal (and the console, served on its own connections). No lock is shared across
/// a network call: a hung OPSCOM holds up the worker alone. A power cut stops both, boots the meter
/// again and starts them afresh; a worker stuck in a request is abandoned (its flash is switched off).
/// </summary>
public sealed class MeterThreads : IDisposable
{
    /// <summary>The UI loop's period, ms: inputs are drained and the screen redrawn this often.</summary>
    public const int UiPeriodMs = 5;

    private readonly MeterSimulation _meter;
    private readonly object _gate = new();
    private CancellationTokenSource _stop = new();
    private Thread? _ui;

    public MeterThreads(MeterSimulation meter)
    {
        _meter = meter;
        Start();
    }

    /// <summary>Cuts the power and boots again with both threads restarted.</summary>
    public void PowerCut()
    {
        lock (_gate)
        {
            Stop();
            _meter.PowerCut();
            Start();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Stop();
        }
    }

    private void Start()
    {
        _stop = new CancellationTokenSource();
        var stop = new CancellationStopSignal(_stop.Token);
        if (_meter.IsConfigured)
        {
            var worker = _meter.Worker;
            var watch = _meter.WorkerWatch;
            new Thread(() => worker.Run(stop, watch)) { IsBackground = true, Name = "sync worker" }.Start();
        }

        var ui = _meter.Ui;
        _ui = new Thread(() => ui.Run(stop, UiPeriodMs)) { IsBackground = true, Name = "ui loop" };
        _ui.Start();
    }

    private void Stop()
    {
        // Not disposed: an abandoned worker may still be waiting on the token.
        _stop.Cancel();
        _ui?.Join();
    }
}
