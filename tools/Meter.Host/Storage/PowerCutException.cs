namespace Meter.Host.Storage;

/// <summary>Thrown by <see cref="SimulatedLittleFs"/> for the operation the power cut interrupted and every one after it.</summary>
public sealed class PowerCutException : IOException
{
    public PowerCutException(string message)
        : base(message)
    {
    }
}
