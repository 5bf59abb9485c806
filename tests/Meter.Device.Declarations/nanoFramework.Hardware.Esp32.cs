// Declarations only (see README.md): nanoFramework.Hardware.Esp32 1.6.40.
namespace nanoFramework.Hardware.Esp32
{
    /// <summary>Values as the library computes them: device type * 0x10000 + index * 0x100 + signal.</summary>
    public enum DeviceFunction
    {
        I2C1_DATA = 0x20100,
        I2C1_CLOCK = 0x20101,
        COM2_TX = 0x30200,
        COM2_RX = 0x30201,
        COM3_TX = 0x30300,
        COM3_RX = 0x30301,
    }

    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) { throw new System.NotImplementedException(); }
    }
}
