using System.Device.I2c;
using Meter.Core.Display;
using Meter.Esp32;
using Meter.Esp32.Display;
using Meter.Esp32.Time;
using nanoFramework.Hardware.Esp32;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Display
{
    /// <summary>The OLED as wired on the meter (hardware/pin-map.md): it answers, initialises and takes a whole frame.</summary>
    [TestClass]
    public class Ssd1306DisplayTests
    {
        private static Ssd1306Display _display;

        [Setup]
        public static void OpenThePanel()
        {
            Configuration.SetPinFunction(Board.OledSda, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(Board.OledScl, DeviceFunction.I2C1_CLOCK);
            _display = new Ssd1306Display(I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, 0x3C)), 0xCF, false);
        }

        [TestMethod]
        public static void Start_PanelAnswers_InitialisesWithoutFault()
        {
            bool started = _display.Start(new DeviceClock().MonotonicMs);

            Assert.IsTrue(started, _display.Fault);
        }

        [TestMethod]
        public static void Flush_OneFrame_SendsEveryPageWithoutFault()
        {
            Frame frame = new Frame();
            frame.FillRect(0, 0, Frame.Width, 8, true);
            frame.FillRect(10, 20, 50, 30, true);

            int sent = frame.Flush(_display);

            Assert.AreEqual(Frame.Width * Frame.Pages, sent);
            Assert.IsNull(_display.Fault);
        }

        [TestMethod]
        public static void Start_NoPanelAtTheAddress_IsAFault_NeverAnException()
        {
            // Nothing answers at 0x3D on the meter's bus: every call into the I2C driver is guarded.
            Ssd1306Display absent = new Ssd1306Display(I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, 0x3D)), 0xCF, false);

            bool started = absent.Start(new DeviceClock().MonotonicMs);
            absent.WritePage(0, 0, new byte[Frame.Width], 0, Frame.Width);
            absent.Blank(true);

            Assert.IsFalse(started);
            Assert.IsNotNull(absent.Fault);
        }
    }
}
