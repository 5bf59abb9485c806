using System.Device.Gpio;
using System.Device.I2c;
using System.Threading;
using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Input;
using Meter.Core.Sale;
using Meter.Esp32;
using Meter.Esp32.Display;
using Meter.Esp32.Input;
using Meter.Esp32.Supervision;
using Meter.Esp32.Time;
using nanoFramework.Hardware.Esp32;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Input
{
    /// <summary>
    /// Coin capture on the board, under the load a real meter has: a bench jumper from <see cref="BenchPulsePin"/>
    /// to the coin pulse pin (acceptor unplugged) plays a $2 coin (20 pulses) as the CH-926 sends it, while the
    /// OLED is redrawn without pause and the keypad scanner runs with a key held (a jumper from keypad row 1 to
    /// column 1, README "Device tests"). The RMT's captures must decode to exactly that coin.
    /// </summary>
    [TestClass]
    public class CoinLineTests
    {
        /// <summary>A free GPIO wired to <see cref="Board.CoinPulse"/> for this test only.</summary>
        public const int BenchPulsePin = 15;

        [TestMethod]
        public static void TwoDollarCoin_At50MsPulses_DecodesWhileAKeyIsHeldAndTheOledRedraws()
        {
            PlayAndDecode(50);
        }

        [TestMethod]
        public static void TwoDollarCoin_At100MsPulses_DecodesWhileAKeyIsHeldAndTheOledRedraws()
        {
            PlayAndDecode(100);
        }

        private static void PlayAndDecode(int pulseMs)
        {
            DeviceClock clock = new DeviceClock();
            GpioController gpio = new GpioController();
            InputQueue inputs = new InputQueue(256);
            CoinLine line = new CoinLine(gpio, Board.CoinPulse, Board.CoinAccept, inputs, clock);
            EventStopSignal stop = new EventStopSignal();
            InputQueue keys = new InputQueue(256);
            KeypadMatrix keypad = new KeypadMatrix(gpio, Board.KeypadRows, Board.KeypadColumns, keys, clock);
            new Thread(delegate { keypad.Run(stop); }).Start();
            Configuration.SetPinFunction(Board.OledSda, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(Board.OledScl, DeviceFunction.I2C1_CLOCK);
            Ssd1306Display display = new Ssd1306Display(I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, 0x3C)), 0xCF, false);
            display.Start(clock.MonotonicMs);
            Frame frame = new Frame();
            new Thread(delegate
            {
                while (!stop.WaitForStop(0))
                {
                    frame.ResendAll();
                    frame.Flush(display);
                }
            }).Start();

            GpioPin bench = gpio.OpenPin(BenchPulsePin, PinMode.Output);
            bench.Write(PinValue.High);
            Thread.Sleep(300);
            for (int i = 0; i < 20; i++)
            {
                bench.Write(PinValue.Low);
                Thread.Sleep(pulseMs);
                bench.Write(PinValue.High);
                Thread.Sleep(pulseMs);
            }

            Thread.Sleep(CoinCapture.IdleMs + 300);
            line.Poll();
            stop.Stop();

            CoinPulseDecoder decoder = new CoinPulseDecoder(new CoinTable(new int[] { 20 }, new long[] { 200 }, 150, 10, pulseMs, pulseMs, 6000));
            InputKind kind;
            long value;
            long atMs;
            while (inputs.TryDequeue(out kind, out value, out atMs))
            {
                if (kind == InputKind.CoinLevel)
                {
                    decoder.Level(value > 0, value > 0 ? value : -value);
                }
                else if (kind == InputKind.CoinCaptureEnd)
                {
                    decoder.CaptureEnded(value != 0, atMs);
                }
            }

            long cents;
            CoinEvent coin = decoder.Poll(clock.MonotonicMs, out cents);
            Assert.IsTrue(coin == CoinEvent.Coin, "decoded " + ((int)coin).ToString() + " " + cents.ToString());
            Assert.AreEqual(200L, cents);
            Assert.IsTrue(keys.Dropped == 0 && inputs.Dropped == 0, "inputs dropped");
        }
    }
}
