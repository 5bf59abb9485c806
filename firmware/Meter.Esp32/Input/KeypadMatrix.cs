using System.Device.Gpio;
using Meter.Core.Sale;
using Meter.Core.Time;
using Meter.Core.Supervision;

namespace Meter.Esp32.Input
{
    /// <summary>
    /// The 4x4 membrane keypad, polled: no GPIO events at all. At rest every row is held low, so any key pulls
    /// its column low; the four columns are read every 20 ms (four native reads), and while a key is down the
    /// matrix is scanned every 5 ms (one row low at a time, open-drain so two keys down never short two rows).
    /// Column events would fire on the scan's own row switching, hundreds a second while a key is held, into
    /// the firmware's native event queue of 128 that drops the oldest, shared with every other GPIO event.
    /// Every contact change goes into the UI loop's queue with its time, index = row * 4 + column (+16 when
    /// down): bounce and all. The core debounces and decodes; nothing here knows what a key means.
    /// </summary>
    public sealed class KeypadMatrix
    {
        private const int ScanMs = 5;
        private const int IdlePollMs = 20;

        private readonly GpioPin[] _rows;
        private readonly GpioPin[] _columns;
        private readonly InputQueue _inputs;
        private readonly IClock _clock;
        private int _down;

        public KeypadMatrix(GpioController gpio, int[] rows, int[] columns, InputQueue inputs, IClock clock)
        {
            _inputs = inputs;
            _clock = clock;
            _rows = new GpioPin[rows.Length];
            _columns = new GpioPin[columns.Length];
            for (int r = 0; r < rows.Length; r++)
            {
                _rows[r] = gpio.OpenPin(rows[r], PinMode.OutputOpenDrain);
                _rows[r].Write(PinValue.Low);
            }

            for (int c = 0; c < columns.Length; c++)
            {
                _columns[c] = gpio.OpenPin(columns[c], PinMode.InputPullUp);
            }
        }

        /// <summary>The scanner thread's body.</summary>
        public void Run(IStopSignal stop)
        {
            while (!stop.WaitForStop(_down != 0 ? ScanMs : IdlePollMs))
            {
                if (_down != 0 || AnyColumnLow())
                {
                    Scan();
                }
            }
        }

        // At rest every row is low: a key down pulls its column low.
        private bool AnyColumnLow()
        {
            for (int c = 0; c < _columns.Length; c++)
            {
                if (_columns[c].Read() == PinValue.Low)
                {
                    return true;
                }
            }

            return false;
        }

        private void Scan()
        {
            int down = 0;
            for (int r = 0; r < _rows.Length; r++)
            {
                for (int other = 0; other < _rows.Length; other++)
                {
                    _rows[other].Write(other == r ? PinValue.Low : PinValue.High);
                }

                for (int c = 0; c < _columns.Length; c++)
                {
                    if (_columns[c].Read() == PinValue.Low)
                    {
                        down |= 1 << (r * 4 + c);
                    }
                }
            }

            for (int r = 0; r < _rows.Length; r++)
            {
                _rows[r].Write(PinValue.Low);
            }

            int changed = down ^ _down;
            if (changed == 0)
            {
                return;
            }

            long nowMs = _clock.MonotonicMs;
            for (int index = 0; index < 16; index++)
            {
                int bit = 1 << index;
                if ((changed & bit) != 0)
                {
                    _inputs.Enqueue(InputKind.KeyContact, index + ((down & bit) != 0 ? 16 : 0), nowMs);
                }
            }

            _down = down;
        }
    }
}
