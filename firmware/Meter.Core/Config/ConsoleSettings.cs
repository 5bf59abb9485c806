namespace Meter.Core.Config
{
    /// <summary>[console]: the operator's serial console (COM2 on a classic ESP32: COM1 is the debugger's).</summary>
    public sealed class ConsoleSettings
    {
        /// <summary>[console] as read: port, baud and the longest line taken.</summary>
        public ConsoleSettings(string port, int baud, int maximumLine)
        {
            Port = port;
            Baud = baud;
            MaximumLine = maximumLine;
        }

        /// <summary>The console's UART: COM2 or COM3.</summary>
        public string Port { get; private set; }

        /// <summary>The console's speed, baud (8N1).</summary>
        public int Baud { get; private set; }

        /// <summary>Longest accepted command line, characters; longer input is discarded with an error.</summary>
        public int MaximumLine { get; private set; }
    }
}
