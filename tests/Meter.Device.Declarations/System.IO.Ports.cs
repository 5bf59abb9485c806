// Declarations only (see README.md): nanoFramework.System.IO.Ports 1.1.139.
namespace System.IO.Ports
{
    public enum Parity
    {
        None = 0,
        Odd = 1,
        Even = 2,
    }

    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }

    public sealed class SerialPort : IDisposable
    {
        /// <summary>The name must be COMn: the index is read from its fourth character.</summary>
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One) { throw new NotImplementedException(); }

        public int ReadTimeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public int WriteTimeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public int BytesToRead { get { throw new NotImplementedException(); } }

        public bool IsOpen { get { throw new NotImplementedException(); } }

        public void Open() { throw new NotImplementedException(); }

        public void Close() { throw new NotImplementedException(); }

        public int Read(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        public void Write(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        /// <summary>Writes the text as UTF-8.</summary>
        public void Write(string text) { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }
}
