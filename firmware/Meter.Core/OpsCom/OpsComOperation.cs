namespace Meter.Core.OpsCom
{
    /// <summary>What the sync worker sends for a permit.</summary>
    public enum OpsComOperation
    {
        /// <summary>Nothing to send: the record needs local work only.</summary>
        None = 0,
        /// <summary>permits/push: a new permit.</summary>
        Push = 1,
        /// <summary>permits/update: new end and amount.</summary>
        Update = 2,
        /// <summary>permits/delete: void a permit.</summary>
        Delete = 3,
    }
}
