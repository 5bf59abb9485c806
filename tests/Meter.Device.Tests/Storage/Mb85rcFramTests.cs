using System;
using System.Device.I2c;
using Meter.Esp32;
using Meter.Esp32.Storage;
using nanoFramework.TestFramework;

namespace Meter.Device.Tests.Storage
{
    /// <summary>The FRAM on the board's I2C bus: it answers as an MB85RC256V, and bytes written read back (the chip's last 8 bytes, restored after).</summary>
    [TestClass]
    public class Mb85rcFramTests
    {
        private const int Scratch = 32768 - 8;

        [TestMethod]
        public static void Check_FindsTheMb85rc256v()
        {
            Assert.IsNull(Mb85rcFram.Check(Board.I2cBus));
        }

        [TestMethod]
        public static void Write_ThenRead_ReturnsWhatWasWritten()
        {
            Mb85rcFram fram = new Mb85rcFram(I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, Mb85rcFram.I2cAddress)));
            byte[] saved = new byte[8];
            fram.Read(Scratch, saved, 0, 8);
            byte[] data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };

            fram.Write(Scratch, data, 0, 8);
            byte[] back = new byte[8];
            fram.Read(Scratch, back, 0, 8);
            fram.Write(Scratch, saved, 0, 8);

            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual(data[i], back[i]);
            }
        }
    }
}
