using System.Device.Gpio;
using Meter.Core.Sale;
using Meter.Esp32;
using Meter.Esp32.Input;
using Meter.Esp32.Supervision;
using Meter.Esp32.Time;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Input
{
    /// <summary>The keypad's matrix scan on the meter's wiring. Run with no key pressed: a contact reported now is a short or a stuck key.</summary>
    [TestClass]
    public class KeypadMatrixTests
    {
        [TestMethod]
        public static void Scan_NoKeyPressed_ReportsNoContact()
        {
            InputQueue inputs = new InputQueue(64);
            KeypadMatrix keypad = new KeypadMatrix(new GpioController(), Board.KeypadRows, Board.KeypadColumns, inputs, new DeviceClock());
            EventStopSignal stop = new EventStopSignal();
            new System.Threading.Thread(delegate { keypad.Run(stop); }).Start();

            System.Threading.Thread.Sleep(1500);
            stop.Stop();

            InputKind kind;
            long value;
            long atMs;
            bool any = inputs.TryDequeue(out kind, out value, out atMs);
            Assert.IsFalse(any, "contact " + value.ToString() + ": a key is stuck or two lines are shorted");
        }
    }
}
