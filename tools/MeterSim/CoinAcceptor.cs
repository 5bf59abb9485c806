using Meter.Core.Config;
using Meter.Core.Input;
using Meter.Core.Sale;

namespace MeterSim;

/// <summary>
/// A simulated pulse-output coin acceptor and the ESP32's pulse capture behind it: a coin is a train of pulses
/// at the configured timing, handed to the core as the device's RMT receiver does, a capture of measured levels
/// once the line has been quiet for <see cref="CoinCapture.IdleMs"/>, so the core's decoder does the counting
/// exactly as on the device. Like the real acceptor it takes one coin at a time (a coin fed while another is
/// being counted waits its turn) and, while the meter holds its inhibit line, returns the coin without a
/// pulse: the meter never hears of it.
/// </summary>
public sealed class CoinAcceptor
{
    private readonly Func<UiStep> _loop;
    private readonly CoinTable _table;
    private readonly Queue<(long AtMs, InputKind Kind, long Value)> _line = new();
    private long _busyUntilMs;

    public CoinAcceptor(Func<UiStep> loop, CoinTable table)
    {
        _loop = loop;
        _table = table;
    }

    /// <summary>The coins the acceptor is programmed for (from nf.config's [coins]).</summary>
    public CoinTable Table => _table;

    /// <summary>Coins handed back because the meter refused coins (inhibit line held).</summary>
    public int Returned { get; private set; }

    /// <summary>
    /// Feeds a coin at <paramref name="nowMs"/>; returns how long until it is decoded, or -1 when the
    /// acceptor handed it back (coins refused).
    /// </summary>
    public long Insert(long cents, long nowMs)
    {
        // Inhibited, the acceptor hands back any coin before it is even measured.
        if (!_loop().Flow.CoinsEnabled)
        {
            Returned++;
            return -1;
        }

        for (int i = 0; i < _table.Count; i++)
        {
            if (_table.CentsAt(i) == cents)
            {
                return Pulses(_table.PulsesAt(i), nowMs);
            }
        }

        throw new ArgumentException("no coin of " + Meter.Core.Money.Cents.Format(cents) + " in [coins]");
    }

    /// <summary>Whether pulses are still to be sent.</summary>
    public bool Busy
    {
        get { lock (_line) { return _line.Count > 0; } }
    }

    /// <summary>Hands the UI loop every capture whose time has come (a train's levels once the line has been quiet long enough).</summary>
    public void Feed(long nowMs)
    {
        lock (_line)
        {
            var inputs = _loop().Inputs;
            while (_line.Count > 0 && _line.Peek().AtMs <= nowMs)
            {
                var (at, kind, value) = _line.Dequeue();
                inputs.Enqueue(kind, value, at);
            }
        }
    }

    /// <summary>Any number of pulses, for trains that are no coin; after any train still being sent.</summary>
    public long Pulses(int count, long nowMs)
    {
        long t = Math.Max(nowMs, _busyUntilMs);
        long lastEdge = t + count * (long)(_table.PulseMs + _table.SpaceMs) - _table.SpaceMs;
        long captured = lastEdge + CoinCapture.IdleMs;
        lock (_line)
        {
            for (int p = 0; p < count; p++)
            {
                _line.Enqueue((captured, InputKind.CoinLevel, _table.PulseMs * 1000L));
                if (p < count - 1)
                {
                    _line.Enqueue((captured, InputKind.CoinLevel, -_table.SpaceMs * 1000L));
                }
            }

            _line.Enqueue((captured, InputKind.CoinCaptureEnd, 0));
        }

        // The acceptor waits a frame gap before the next coin's train; the capture ends once the line is quiet.
        _busyUntilMs = Math.Max(lastEdge + _table.GapMs + 10, captured);
        return _busyUntilMs - nowMs + 40;
    }
}
