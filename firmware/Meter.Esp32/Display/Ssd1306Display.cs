using System;
using System.Device.I2c;
using Iot.Device.Ssd13xx;
using Meter.Core.Display;

namespace Meter.Esp32.Display
{
    /// <summary>
    /// The 128x64 SSD1306 OLED on I2C. Iot.Device.Ssd13xx initialises the panel (its 128x64 sequence
    /// leaves it in horizontal addressing mode); the frames then go as our own I2C writes, a column
    /// window and the changed bytes only: the library's Display() always sends all 8 pages (1 KiB), and
    /// its SendCommand/SendData write its whole 1 KiB buffer whatever the length asked (SliceGenericBuffer
    /// returns the full array). Every call into the library is guarded: a write's result is checked, and
    /// I2cDevice throws for ESP errors other than FAIL and TIMEOUT, so an exception is a fault too. A panel
    /// that fails either way is marked faulted with the reason, stays untouched until <see cref="TryRecover"/>
    /// re-initialises it; nothing the panel does reaches the UI loop as an exception.
    /// </summary>
    public sealed class Ssd1306Display : IDisplay
    {
        private const byte CommandMode = 0x00;
        private const byte DataMode = 0x40;
        private const int RetryMs = 5000;

        private readonly I2cDevice _i2c;
        private readonly byte _contrast;
        private readonly bool _rotate180;
        private readonly byte[] _window = { CommandMode, 0x21, 0, 127, 0x22, 0, 0 };
        private readonly byte[] _data = new byte[Frame.Width + 1];
        private readonly byte[] _command = new byte[3];
        private Ssd1306 _panel;
        private long _lastTryMs;
        private bool _blanked;

        public Ssd1306Display(I2cDevice i2c, int contrast, bool rotate180)
        {
            _i2c = i2c;
            _contrast = (byte)contrast;
            _rotate180 = rotate180;
        }

        /// <summary>True while the panel is off because the supply sags.</summary>
        public bool Blanked
        {
            get { return _blanked; }
        }

        /// <summary>What went wrong with the panel, or null while it answers.</summary>
        public string Fault { get; private set; }

        /// <summary>Initialises the panel and clears it (after a brown-out reset it may still show the last screen).</summary>
        public bool Start(long nowMs)
        {
            _lastTryMs = nowMs;
            Fault = null;
            try
            {
                // The library's constructor sends its init sequence; it does not look at the result, so we check with our own writes.
                _panel = new Ssd1306(_i2c);
            }
            catch (Exception error)
            {
                Fault = "display: init failed, " + error.Message;
                return false;
            }

            Command(0x81, _contrast);
            Command(_rotate180 ? (byte)0xA0 : (byte)0xA1, _rotate180 ? (byte)0xC0 : (byte)0xC8);
            Array.Clear(_data, 0, _data.Length);
            for (int page = 0; page < Frame.Pages && Fault == null; page++)
            {
                WritePage(page, 0, _data, 1, Frame.Width);
            }

            return Fault == null;
        }

        /// <summary>Tries <see cref="Start"/> again at most every few seconds; true when the panel is back.</summary>
        public bool TryRecover(long nowMs)
        {
            return nowMs - _lastTryMs >= RetryMs && Start(nowMs);
        }

        public void WritePage(int page, int column, byte[] data, int offset, int count)
        {
            if (Fault != null || _blanked)
            {
                return;
            }

            _window[2] = (byte)column;
            _window[3] = (byte)(column + count - 1);
            _window[5] = (byte)page;
            _window[6] = (byte)page;
            Send(new SpanByte(_window));
            _data[0] = DataMode;
            Array.Copy(data, offset, _data, 1, count);
            Send(new SpanByte(_data, 0, count + 1));
        }

        /// <summary>Panel off while the supply sags (a half-powered OLED shows garbage); frames are not sent meanwhile.</summary>
        public void Blank(bool blank)
        {
            if (blank != _blanked)
            {
                _blanked = blank;
                Command(blank ? (byte)0xAE : (byte)0xAF, 0xE3);
            }
        }

        // Two command bytes at once; 0xE3 is the controller's no-op, for single-byte commands.
        private void Command(byte first, byte second)
        {
            _command[0] = CommandMode;
            _command[1] = first;
            _command[2] = second;
            Send(new SpanByte(_command));
        }

        private void Send(SpanByte bytes)
        {
            if (Fault != null)
            {
                return;
            }

            I2cTransferResult result;
            try
            {
                result = _i2c.Write(bytes);
            }
            catch (Exception error)
            {
                Fault = "display: I2C error, " + error.Message;
                return;
            }

            if (result.Status != I2cTransferStatus.FullTransfer)
            {
                Fault = result.Status == I2cTransferStatus.SlaveAddressNotAcknowledged
                    ? "display: no answer at I2C address 0x" + _i2c.ConnectionSettings.DeviceAddress.ToString("X2")
                    : "display: I2C transfer failed (status " + ((int)result.Status).ToString() + ")";
            }
        }
    }
}
