namespace Meter.Core.Config
{
    /// <summary>[console]: the operator's serial console (COM2 on a classic ESP32: COM1 is the debugger's).</summary>
    public sealed class ConsoleSettings
    {
        public ConsoleSettings(string port, int baud, int maximumLine)
        {
            Port = port;
            Baud = baud;
            MaximumLine = maximumLine;
        }

        public string Port { get; private set; }

        public int Baud { get; private set; }

        /// <summary>Longest accepted command line, characters; longer input is discarded with an error.</summary>
        public int MaximumLine { get; private set; }
    }
}
