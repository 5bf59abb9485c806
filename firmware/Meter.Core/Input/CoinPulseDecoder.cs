using Meter.Core.Config;

namespace Meter.Core.Input
{
    /// <summary>
    /// Decodes a coin acceptor's pulse output from the durations the hardware measured (the ESP32's RMT receiver
    /// times every level of the pulse line on its own clock), never from when the interpreter got round to
    /// looking: a coin is a train of N pulses ended by an idle gap, and N maps to cents through the [coins] table.
    /// Pulses shorter than pulse_min_ms are glitches; trains longer than the longest coin are rejected; a line
    /// busy longer than jam_ms (one pulse held, or pulses that never stop) is a jam.
    ///
    /// The hardware hands over captures: runs of levels ended when the line saw no edge for the capture's idle
    /// time (<see cref="CoinCapture.IdleMs"/>, longer than any train's ending gap), so a capture that ended says the
    /// train is over. A capture cut short (its buffer full) just continues into the next: a train split across
    /// two captures is still one coin.
    /// </summary>
    public sealed class CoinPulseDecoder
    {
        private const int MaximumPending = 4;

        private readonly CoinTable _table;
        private readonly int _maximumPulses;
        private readonly long _minimumPulseUs;
        private readonly long _gapUs;
        private readonly long _jamUs;
        private readonly CoinEvent[] _events = new CoinEvent[MaximumPending];
        private readonly long[] _values = new long[MaximumPending];
        private int _first;
        private int _count;
        private int _pulses;
        private long _trainUs;
        private bool _jammed;
        private bool _held;
        private long _heldSinceMs;

        /// <summary>A decoder for the coins of <paramref name="table"/>, with its gap, glitch and jam limits.</summary>
        public CoinPulseDecoder(CoinTable table)
        {
            _table = table;
            _maximumPulses = table.MaximumPulses;
            _minimumPulseUs = table.MinimumPulseMs * 1000L;
            _gapUs = table.GapMs * 1000L;
            _jamUs = table.JamMs * 1000L;
        }

        /// <summary>
        /// The pulse line was <paramref name="active"/> (a pulse) or idle for <paramref name="durationUs"/>, as the
        /// hardware measured it; levels come in the order they happened.
        /// </summary>
        public void Level(bool active, long durationUs)
        {
            if (_held && !active)
            {
                // A capture that starts idle: the line held active before was released.
                _held = false;
            }

            if (_jammed)
            {
                return;
            }

            if (active)
            {
                if (durationUs >= _jamUs)
                {
                    Jam();
                    return;
                }

                if (durationUs >= _minimumPulseUs)
                {
                    _pulses++;
                    _trainUs += durationUs;
                }
                else if (_pulses > 0)
                {
                    _trainUs += durationUs;
                }
            }
            else if (_pulses > 0)
            {
                if (durationUs >= _gapUs)
                {
                    EndTrain();
                    return;
                }

                _trainUs += durationUs;
            }

            if (_trainUs >= _jamUs)
            {
                Jam();
            }
        }

        /// <summary>
        /// A capture ended at <paramref name="nowMs"/>: the line saw no edge for the capture's idle time. When
        /// <paramref name="held"/> its last level was active and still is: a jam once it lasts jam_ms.
        /// </summary>
        public void CaptureEnded(bool held, long nowMs)
        {
            if (held)
            {
                _held = true;
                _heldSinceMs = nowMs - CoinCapture.IdleMs;
                return;
            }

            _held = false;
            if (_jammed)
            {
                _jammed = false;
                _pulses = 0;
                _trainUs = 0;
                Report(CoinEvent.JamCleared, 0);
                return;
            }

            if (_pulses > 0)
            {
                EndTrain();
            }
        }

        /// <summary>Reports the next event, with its value (cents or pulse count). Call every few ms.</summary>
        public CoinEvent Poll(long nowMs, out long value)
        {
            if (_held && !_jammed && nowMs - _heldSinceMs >= _table.JamMs)
            {
                Jam();
            }

            value = 0;
            if (_count == 0)
            {
                return CoinEvent.None;
            }

            CoinEvent next = _events[_first];
            value = _values[_first];
            _first = (_first + 1) % MaximumPending;
            _count--;
            return next;
        }

        private void EndTrain()
        {
            int pulses = _pulses;
            _pulses = 0;
            _trainUs = 0;
            if (pulses > _maximumPulses)
            {
                Report(CoinEvent.TooLong, pulses);
                return;
            }

            long cents = _table.CentsFor(pulses);
            Report(cents < 0 ? CoinEvent.Unknown : CoinEvent.Coin, cents < 0 ? pulses : cents);
        }

        private void Jam()
        {
            _jammed = true;
            _pulses = 0;
            _trainUs = 0;
            Report(CoinEvent.Jammed, 0);
        }

        // Events wait for the UI loop's poll, which comes after every level and capture end (each makes one event at
        // most), so a second one never waits here; the oldest would go only if that were broken.
        private void Report(CoinEvent what, long value)
        {
            if (_count == MaximumPending)
            {
                _first = (_first + 1) % MaximumPending;
                _count--;
            }

            int at = (_first + _count) % MaximumPending;
            _events[at] = what;
            _values[at] = value;
            _count++;
        }
    }
}
