using Meter.Core.Time;

namespace MeterSim;

/// <summary>
/// The simulator's clock: real time shifted to a chosen start, or (for scripts) time that moves only
/// when told. Like the ESP32 after a power cut, it can be untrusted until "SNTP" sets it.
/// </summary>
public sealed class SimClock : IClock
{
    private readonly object _gate = new();
    private readonly bool _manual;
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
    private long _offsetMs;
    private long _manualMs;

    public SimClock(long startUtcMs, bool manual)
    {
        _manual = manual;
        _offsetMs = startUtcMs - _watch.ElapsedMilliseconds;
        IsUtcTrusted = true;
    }

    public long MonotonicMs
    {
        get
        {
            lock (_gate)
            {
                return _manual ? _manualMs : _watch.ElapsedMilliseconds;
            }
        }
    }

    public long UtcMs
    {
        get
        {
            lock (_gate)
            {
                return _offsetMs + (_manual ? _manualMs : _watch.ElapsedMilliseconds);
            }
        }
    }

    public bool IsUtcTrusted { get; set; }

    /// <summary>Moves manual time forward (scripts).</summary>
    public void Advance(long ms)
    {
        lock (_gate)
        {
            _manualMs += ms;
        }
    }
}
