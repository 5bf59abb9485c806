using System.Device.Gpio;
using Meter.Core.Sale;
using Meter.Core.Time;

namespace Meter.Esp32.Input
{
    /// <summary>
    /// The pulse coin acceptor: its pulse line (through an optocoupler, low while a pulse is on) raises a
    /// GPIO event per edge, queued with its time for the core's decoder; its inhibit input is driven from
    /// the sale flow (coins only while a sale can take them: there is no escrow). The time is read in the
    /// managed event handler, a few ms after the edge: the acceptor's 30-100 ms pulses and 150 ms gaps
    /// leave room for that, and the decoder's glitch and gap limits come from nf.config.
    /// </summary>
    public sealed class CoinLine
    {
        private readonly GpioPin _pulse;
        private readonly GpioPin _accept;
        private readonly InputQueue _inputs;
        private readonly IClock _clock;
        private bool _accepting;

        public CoinLine(GpioController gpio, int pulsePin, int acceptPin, InputQueue inputs, IClock clock)
        {
            _inputs = inputs;
            _clock = clock;
            _accept = gpio.OpenPin(acceptPin, PinMode.Output);
            _accept.Write(PinValue.Low);
            _pulse = gpio.OpenPin(pulsePin, PinMode.Input);
            _pulse.ValueChanged += OnPulseEdge;
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

        private void OnPulseEdge(object sender, PinValueChangedEventArgs e)
        {
            _inputs.Enqueue(InputKind.CoinLine, e.ChangeType == PinEventTypes.Falling ? 1 : 0, _clock.MonotonicMs);
        }
    }
}
