namespace Meter.Core.Config
{
    /// <summary>[display]: the SSD1306 on I2C.</summary>
    public sealed class DisplaySettings
    {
        /// <summary>[display] as read.</summary>
        public DisplaySettings(int i2cAddress, int contrast, bool rotate180)
        {
            I2cAddress = i2cAddress;
            Contrast = contrast;
            Rotate180 = rotate180;
        }

        /// <summary>0x3C or 0x3D, set by a solder jumper on most modules.</summary>
        public int I2cAddress { get; private set; }

        /// <summary>The OLED's contrast, 0-255.</summary>
        public int Contrast { get; private set; }

        /// <summary>True when the panel is mounted upside down.</summary>
        public bool Rotate180 { get; private set; }
    }
}
