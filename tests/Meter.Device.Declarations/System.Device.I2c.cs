// Declarations only (see README.md): nanoFramework.System.Device.I2c 1.1.29.
namespace System.Device.I2c
{
    public enum I2cBusSpeed
    {
        StandardMode,
        FastMode,
        FastModePlus,
    }

    public enum I2cTransferStatus
    {
        UnknownError,
        FullTransfer,
        ClockStretchTimeout,
        PartialTransfer,
        SlaveAddressNotAcknowledged,
    }

    public struct I2cTransferResult
    {
        public uint BytesTransferred { get { throw new NotImplementedException(); } }

        public I2cTransferStatus Status { get { throw new NotImplementedException(); } }
    }

    public sealed class I2cConnectionSettings
    {
        public I2cConnectionSettings(int busId, int deviceAddress) { throw new NotImplementedException(); }

        public int BusId { get { throw new NotImplementedException(); } }

        public int DeviceAddress { get { throw new NotImplementedException(); } }
    }

    public class I2cDevice : IDisposable
    {
        public I2cDevice(I2cConnectionSettings settings) { throw new NotImplementedException(); }

        public I2cConnectionSettings ConnectionSettings { get { throw new NotImplementedException(); } }

        public static I2cDevice Create(I2cConnectionSettings settings) { throw new NotImplementedException(); }

        public I2cTransferResult Write(SpanByte buffer) { throw new NotImplementedException(); }

        public I2cTransferResult WriteRead(SpanByte writeBuffer, SpanByte readBuffer) { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }
}
