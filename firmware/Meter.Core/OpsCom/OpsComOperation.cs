namespace Meter.Core.OpsCom
{
    /// <summary>What the sync worker sends for a permit.</summary>
    public enum OpsComOperation
    {
        /// <summary>Nothing to send: the record needs local work only.</summary>
        None = 0,
        Push = 1,
        Update = 2,
        Delete = 3,
    }
}
