using System.Device.Gpio;
using System.Threading;
using Meter.Core.Sale;
using Meter.Core.Sync;
using Meter.Core.Time;

namespace Meter.Esp32.Input
{
    /// <summary>
    /// The 4x4 membrane keypad. At rest every row is pulled low, so any key pulls its column low and the
    /// column's edge wakes the scanner; while a key is down the matrix is scanned every few ms (one row
    /// low at a time, open-drain so two keys down never short two rows). Every contact change goes into
    /// the UI loop's queue with its time, index = row * 4 + column (+16 when down): bounce and all. The
    /// core debounces and decodes; nothing here knows what a key means.
    /// </summary>
    public sealed class KeypadMatrix
    {
        private const int ScanMs = 5;
        private const int IdleWaitMs = 1000;

        private readonly GpioPin[] _rows;
        private readonly GpioPin[] _columns;
        private readonly InputQueue _inputs;
        private readonly IClock _clock;
        private readonly AutoResetEvent _edge = new AutoResetEvent(false);
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
                _columns[c].ValueChanged += OnColumnChanged;
            }
        }

        /// <summary>The scanner thread's body.</summary>
        public void Run(IStopSignal stop)
        {
            while (!stop.WaitForStop(0))
            {
                // The periodic wake-up catches a key whose edge came while the last scan was finishing.
                _edge.WaitOne(IdleWaitMs, false);
                do
                {
                    Scan();
                }
                while (_down != 0 && !stop.WaitForStop(ScanMs));
            }
        }

        private void OnColumnChanged(object sender, PinValueChangedEventArgs e)
        {
            _edge.Set();
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
