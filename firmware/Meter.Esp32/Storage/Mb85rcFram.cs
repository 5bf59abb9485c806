using System;
using System.Device.I2c;
using System.IO;
using Meter.Core.Storage;

namespace Meter.Esp32.Storage
{
    /// <summary>
    /// The FRAM chip, a Fujitsu MB85RC256V (32 KiB), on the OLED's I2C bus at 0x50 (A0-A2 tied low). It has no
    /// pages and no write delay: a write is "address high, address low, data..." in one transaction and the bytes
    /// are non-volatile as they arrive, so a write the power cuts keeps the bytes sent before the cut. Transfers
    /// go in chunks of 64 bytes through one buffer made at start (no allocation per write). A failed transfer
    /// throws IOException: the journal refuses the sale or retries its housekeeping, as for a flash error.
    /// </summary>
    public sealed class Mb85rcFram : IFram
    {
        /// <summary>The chip's I2C address with A0-A2 low.</summary>
        public const int I2cAddress = 0x50;

        private const int Chunk = 64;

        // The I2C "device ID" command: the reserved address 0xF8 >> 1, sent the chip's own address, answers 3 bytes.
        private const int DeviceIdAddress = 0x7C;

        private readonly I2cDevice _device;
        private readonly byte[] _buffer = new byte[2 + Chunk];
        private readonly byte[] _address = new byte[2];

        /// <param name="device">The chip on the OLED's bus: I2cDevice.Create(new I2cConnectionSettings(Board.I2cBus, I2cAddress)).</param>
        public Mb85rcFram(I2cDevice device)
        {
            _device = device;
        }

        /// <summary>32 KiB: <see cref="Check"/> confirms the chip is the 256-Kbit part before anything is written.</summary>
        public int SizeBytes
        {
            get { return 32768; }
        }

        /// <summary>
        /// Null when an MB85RC256V answers on <paramref name="bus"/>, else why not: no chip (nothing acknowledges 0x50),
        /// or another part (a smaller one would wrap addresses over what it holds, a larger one is addressed differently).
        /// </summary>
        public static string Check(int bus)
        {
            byte[] id = new byte[3];
            I2cTransferResult result;
            using (I2cDevice reserved = I2cDevice.Create(new I2cConnectionSettings(bus, DeviceIdAddress)))
            {
                result = reserved.WriteRead(new SpanByte(new byte[] { I2cAddress << 1 }), new SpanByte(id));
            }

            if (result.Status != I2cTransferStatus.FullTransfer)
            {
                return "no FRAM answers at I2C 0x50 (" + StatusName(result.Status) + "): fit the MB85RC256V (hardware/README.md)";
            }

            // Manufacturer 0x00A (Fujitsu) in the first 12 bits, then density 0x5 (256 Kbit) and the product's low bits.
            int manufacturer = (id[0] << 4) | (id[1] >> 4);
            int density = id[1] & 0x0F;
            return manufacturer == 0x00A && density == 0x5 ? null
                : "the FRAM at I2C 0x50 is not an MB85RC256V (ID " + id[0].ToString("X2") + id[1].ToString("X2") + id[2].ToString("X2") + ")";
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            _address[0] = (byte)(address >> 8);
            _address[1] = (byte)address;
            Expect(_device.WriteRead(new SpanByte(_address), new SpanByte(buffer, offset, count)), "read", address);
        }

        public void Write(int address, byte[] data, int offset, int count)
        {
            int done = 0;
            while (done < count)
            {
                int chunk = count - done < Chunk ? count - done : Chunk;
                int at = address + done;
                _buffer[0] = (byte)(at >> 8);
                _buffer[1] = (byte)at;
                Array.Copy(data, offset + done, _buffer, 2, chunk);
                Expect(_device.Write(new SpanByte(_buffer, 0, 2 + chunk)), "write", at);
                done += chunk;
            }
        }

        private static void Expect(I2cTransferResult result, string what, int address)
        {
            if (result.Status != I2cTransferStatus.FullTransfer)
            {
                throw new IOException("FRAM " + what + " at " + address.ToString() + " failed: " + StatusName(result.Status));
            }
        }

        private static string StatusName(I2cTransferStatus status)
        {
            switch (status)
            {
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                    return "not acknowledged";
                case I2cTransferStatus.ClockStretchTimeout:
                    return "clock stretch timeout";
                case I2cTransferStatus.PartialTransfer:
                    return "partial transfer";
                default:
                    return "I2C error";
            }
        }
    }
}
