// Declarations only (see README.md): nanoFramework.Hardware.Esp32.Rmt 2.0.51 (CoreLibrary 1.17.11, Runtime.Events 1.11.37).

namespace nanoFramework.Hardware.Esp32.Rmt
{
    using System;

    public class RmtCommand
    {
        public ushort Duration0 { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public ushort Duration1 { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public bool Level0 { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public bool Level1 { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }
    }

    public abstract class RmtChannelSettings
    {
        protected RmtChannelSettings(int channel, int pinNumber) { throw new NotImplementedException(); }

        /// <summary>80 MHz divided by this: 255 gives 3.19 µs ticks.</summary>
        public byte ClockDivider { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        /// <summary>64 items a block; a channel may take the next channels' blocks.</summary>
        public byte NumberOfMemoryBlocks { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        /// <summary>The ring buffer the finished receptions are moved to.</summary>
        public int BufferSize { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }
    }

    public sealed class ReceiverChannelSettings : RmtChannelSettings
    {
        public ReceiverChannelSettings(int pinNumber) : base(-1, pinNumber) { throw new NotImplementedException(); }

        /// <summary>No edge for this many ticks ends a reception (1-65535).</summary>
        public ushort IdleThreshold { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        public bool EnableFilter { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        /// <summary>Pulses shorter than this many ticks are ignored (0-255).</summary>
        public byte FilterThreshold { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        /// <summary>How long GetAllItems waits for a reception (default 1 s); it blocks in native code.</summary>
        public TimeSpan ReceiveTimeout { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }

        /// <summary>Defaults to true; ignored on the base ESP32.</summary>
        public bool EnableDemodulation { get { throw new NotImplementedException(); } set { throw new NotImplementedException(); } }
    }

    public abstract class RmtChannel
    {
        protected RmtChannel(RmtChannelSettings settings) { throw new NotImplementedException(); }
    }

    public class ReceiverChannel : RmtChannel, IDisposable
    {
        public ReceiverChannel(ReceiverChannelSettings settings) : base(settings) { throw new NotImplementedException(); }

        public void Start(bool clearBuffer) { throw new NotImplementedException(); }

        public void Stop() { throw new NotImplementedException(); }

        /// <summary>Every finished reception's items; an empty array when none came within ReceiveTimeout.</summary>
        public RmtCommand[] GetAllItems() { throw new NotImplementedException(); }

        public void Dispose() { throw new NotImplementedException(); }
    }
}
