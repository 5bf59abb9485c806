// Declarations only (see README.md): nanoFramework.Iot.Device.Ssd13xx 1.3.689.
using System;
using System.Device.Gpio;
using System.Device.I2c;

namespace Iot.Device.Ssd13xx
{
    public enum DisplayOrientation
    {
        Portrait = 1,
        Landscape = 2,
        Portrait180 = 3,
        Landscape180 = 4,
    }

    public abstract class Ssd13xx : IDisposable
    {
        public Ssd13xx(I2cDevice i2cDevice, DisplayResolution resolution = DisplayResolution.OLED128x64, DisplayOrientation orientation = DisplayOrientation.Landscape, int resetPin = -1, GpioController gpio = null, bool shouldDispose = true) { throw new NotImplementedException(); }

        public enum DisplayResolution
        {
            OLED128x64,
            OLED128x32,
            OLED96x16,
            OLED64x128,
        }

        public void Dispose() { throw new NotImplementedException(); }
    }

    public class Ssd1306 : Ssd13xx
    {
        public const byte DefaultI2cAddress = 0x3C;

        public Ssd1306(I2cDevice i2cDevice, int resetPin = -1) : base(i2cDevice) { throw new NotImplementedException(); }
    }
}
