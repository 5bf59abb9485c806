namespace Meter.Core.Operator
{
    /// <summary>What the console's status shows about the hardware the meter runs on: only the host knows it.</summary>
    public interface IDeviceHealth
    {
        /// <summary>Free managed heap after a collection, bytes; -1 when the host cannot tell.</summary>
        long FreeMemoryBytes { get; }

        /// <summary>The network link in a few words, e.g. "wifi meter-net 10.0.0.7" or "wifi joining (attempt 3)".</summary>
        string Network { get; }

        /// <summary>Peripheral trouble in a few words ("display: I2C not acknowledged"), or "" when there is none.</summary>
        string Peripherals { get; }
    }
}
