using Meter.Core.Config;

namespace Meter.Core.Input
{
    /// <summary>
    /// Decodes a coin acceptor's pulse output: a coin is a train of N pulses ended by an idle gap, and N
    /// maps to cents through the [coins] table. Pulses shorter than the minimum are glitches; trains
    /// longer than the longest coin are rejected; a line busy for longer than [coins] jam_ms is a jam (the
    /// configuration's rule CoinTrainsFitTheJamWindow keeps the longest coin's train inside it).
    /// </summary>
    public sealed class CoinPulseDecoder
    {
        private readonly CoinTable _table;
        private readonly int _jamMs;
        private readonly int _maximumPulses;
        private bool _active;
        private long _activeSinceMs;
        private long _trainStartMs;
        private long _lastPulseEndMs;
        private int _pulses;
        private bool _jammed;
        private bool _reportedJam;

        /// <summary>A decoder for the coins of <paramref name="table"/>, with its gap and glitch limits.</summary>
        public CoinPulseDecoder(CoinTable table)
        {
            _table = table;
            _maximumPulses = table.MaximumPulses;
            _jamMs = table.JamMs;
        }

        /// <summary>The pulse line went active (coin pulse begins) or inactive, at monotonic ms.</summary>
        public void Edge(bool active, long nowMs)
        {
            if (active == _active)
            {
                return;
            }

            _active = active;
            if (active)
            {
                _activeSinceMs = nowMs;
                if (_pulses == 0)
                {
                    _trainStartMs = nowMs;
                }

                return;
            }

            if (nowMs - _activeSinceMs >= _table.MinimumPulseMs)
            {
                _pulses++;
                _lastPulseEndMs = nowMs;
            }
            else if (_pulses == 0)
            {
                // A glitch before any real pulse: no train started.
                _trainStartMs = 0;
            }
        }

        /// <summary>Reports the next event, with its value (cents or pulse count). Call every few ms.</summary>
        public CoinEvent Poll(long nowMs, out long value)
        {
            value = 0;
            bool busy = _active ? nowMs - _activeSinceMs >= _jamMs : _pulses > 0 && nowMs - _trainStartMs >= _jamMs && nowMs - _lastPulseEndMs < _table.GapMs;
            if (busy && !_reportedJam)
            {
                _jammed = true;
                _reportedJam = true;
                return CoinEvent.Jammed;
            }

            if (_jammed)
            {
                if (_active || nowMs - _lastPulseEndMs < _table.GapMs)
                {
                    return CoinEvent.None;
                }

                _jammed = false;
                _reportedJam = false;
                _pulses = 0;
                return CoinEvent.JamCleared;
            }

            if (_active || _pulses == 0 || nowMs - _lastPulseEndMs < _table.GapMs)
            {
                return CoinEvent.None;
            }

            value = _pulses;
            _pulses = 0;
            if (value > _maximumPulses)
            {
                return CoinEvent.TooLong;
            }

            long cents = _table.CentsFor((int)value);
            if (cents < 0)
            {
                return CoinEvent.Unknown;
            }

            value = cents;
            return CoinEvent.Coin;
        }
    }
}
