using System.Device.Gpio;
using System.Threading;
using Meter.Core.Config;
using Meter.Core.Input;
using Meter.Core.Sale;
using Meter.Esp32;
using Meter.Esp32.Input;
using Meter.Esp32.Time;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Input
{
    /// <summary>
    /// Coin pulse capture timing on the board: a bench jumper from <see cref="BenchPulsePin"/> to the
    /// coin pulse pin (acceptor unplugged) plays a coin as the CH-926 sends it, and the edges the
    /// adapter timestamps must decode to that coin through the core's decoder.
    /// </summary>
    [TestClass]
    public class CoinLineTests
    {
        /// <summary>A free GPIO wired to <see cref="Board.CoinPulse"/> for this test only.</summary>
        public const int BenchPulsePin = 15;

        [TestMethod]
        public static void Pulses_FiveOf30Ms_DecodeAsTheFivePulseCoin()
        {
            DeviceClock clock = new DeviceClock();
            InputQueue inputs = new InputQueue(64);
            GpioController gpio = new GpioController();
            new CoinLine(gpio, Board.CoinPulse, Board.CoinAccept, inputs, clock);
            GpioPin bench = gpio.OpenPin(BenchPulsePin, PinMode.Output);
            bench.Write(PinValue.High);
            Thread.Sleep(200);

            for (int i = 0; i < 5; i++)
            {
                bench.Write(PinValue.Low);
                Thread.Sleep(30);
                bench.Write(PinValue.High);
                Thread.Sleep(30);
            }

            Thread.Sleep(50);
            CoinPulseDecoder decoder = new CoinPulseDecoder(new CoinTable(new int[] { 1, 5 }, new long[] { 5, 25 }, 150, 10, 50, 50, 3000));
            InputKind kind;
            long value;
            long atMs;
            int edges = 0;
            while (inputs.TryDequeue(out kind, out value, out atMs))
            {
                decoder.Edge(value != 0, atMs);
                edges++;
            }

            long cents;
            CoinEvent coin = decoder.Poll(clock.MonotonicMs + 1000, out cents);
            Assert.AreEqual(10, edges, "edges captured");
            Assert.IsTrue(coin == CoinEvent.Coin, "decoded " + ((int)coin).ToString());
            Assert.AreEqual(25L, cents);
        }
    }
}
