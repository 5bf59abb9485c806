using System;
using System.Device.Gpio;
using Meter.Core.Input;
using Meter.Core.Sale;
using Meter.Core.Time;
using nanoFramework.Hardware.Esp32.Rmt;

namespace Meter.Esp32.Input
{
    /// <summary>
    /// The pulse coin acceptor. Its pulse line (through an optocoupler, low while a pulse is on) is captured in
    /// hardware by the RMT receiver: every level timed on the RMT's own clock (80 MHz / 255: 3.19 µs ticks), a
    /// reception ended by <see cref="CoinCapture.IdleMs"/> without an edge; a level longer than the RMT's 15-bit item
    /// (104 ms) split in two is joined again here. No GPIO event and no managed timestamp
    /// is involved, so neither the event thread's delays nor its 128-event queue can change a pulse width or lose
    /// an edge. The UI thread takes the finished receptions at each pass (<see cref="Poll"/>, which never waits) and
    /// queues their levels for the core's decoder; while it is busy the RMT's ring buffer keeps them. The inhibit
    /// input is driven from the sale flow (coins only while a sale can take them: there is no escrow).
    /// </summary>
    public sealed class CoinLine
    {
        private const byte ClockDivider = 255;

        // 80 MHz / 255: ticks to µs, times 1000 to stay in integers.
        private const long NanosPerTick = 1000L * 1000 * ClockDivider / 80000;

        private readonly ReceiverChannel _capture;
        private readonly GpioPin _accept;
        private readonly InputQueue _inputs;
        private readonly IClock _clock;
        private bool _accepting;
        private bool _pendingActive;
        private long _pendingUs;

        public CoinLine(GpioController gpio, int pulsePin, int acceptPin, InputQueue inputs, IClock clock)
        {
            _inputs = inputs;
            _clock = clock;
            _accept = gpio.OpenPin(acceptPin, PinMode.Output);
            _accept.Write(PinValue.Low);
            ReceiverChannelSettings settings = new ReceiverChannelSettings(pulsePin);
            settings.ClockDivider = ClockDivider;
            settings.IdleThreshold = (ushort)(CoinCapture.IdleMs * 1000000L / NanosPerTick);
            // Glitches under about 0.8 ms never reach the decoder (its own limit, pulse_min_ms, is longer).
            settings.EnableFilter = true;
            settings.FilterThreshold = 255;
            settings.EnableDemodulation = false;
            // Two blocks: 128 items, a 50-pulse coin in one reception; the ring buffer holds several receptions.
            settings.NumberOfMemoryBlocks = 2;
            settings.BufferSize = 2048;
            // GetAllItems blocks in native code (the whole interpreter) up to this long: never.
            settings.ReceiveTimeout = TimeSpan.Zero;
            _capture = new ReceiverChannel(settings);
            _capture.Start(true);
        }

        /// <summary>Opens or closes the acceptor (the inhibit line); cheap to call every pass.</summary>
        public void Accept(bool accept)
        {
            if (accept != _accepting)
            {
                _accepting = accept;
                _accept.Write(accept ? PinValue.High : PinValue.Low);
            }
        }

        /// <summary>On the UI thread, each pass: the finished receptions' levels into the decoder's queue.</summary>
        public void Poll()
        {
            RmtCommand[] items = _capture.GetAllItems();
            if (items == null || items.Length == 0)
            {
                return;
            }

            long nowMs = _clock.MonotonicMs;
            for (int i = 0; i < items.Length; i++)
            {
                RmtCommand item = items[i];
                if (!Level(item.Level0, item.Duration0, nowMs))
                {
                    Level(item.Level1, item.Duration1, nowMs);
                }
            }
        }

        // One level of an item (line low = pulse on), joined to the one before when the RMT split a long level in two.
        // A zero duration ends the reception: the line stayed at that level without an edge for the idle threshold;
        // held active, that is a jam the decoder times. Returns true then.
        private bool Level(bool level, ushort ticks, long nowMs)
        {
            bool active = !level;
            if (ticks == 0)
            {
                Flush(nowMs);
                _inputs.Enqueue(InputKind.CoinCaptureEnd, active ? 1 : 0, nowMs);
                return true;
            }

            if (_pendingUs > 0 && active != _pendingActive)
            {
                Flush(nowMs);
            }

            _pendingActive = active;
            _pendingUs += ticks * NanosPerTick / 1000;
            return false;
        }

        private void Flush(long nowMs)
        {
            if (_pendingUs > 0)
            {
                _inputs.Enqueue(InputKind.CoinLevel, _pendingActive ? _pendingUs : -_pendingUs, nowMs);
                _pendingUs = 0;
            }
        }
    }
}
