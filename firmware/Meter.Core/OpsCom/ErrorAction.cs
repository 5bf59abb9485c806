namespace Meter.Core.OpsCom
{
    /// <summary>What the sync engine does with an OPSCOM error (<see cref="ErrorPolicy"/>).</summary>
    public enum ErrorAction
    {
        /// <summary>Authentication or configuration: pause syncing and raise an alert; records untouched.</summary>
        PauseSyncing = 1,

        /// <summary>Refused for good: kept with code and message for the operator.</summary>
        Reject = 2,

        /// <summary>OPSCOM already has it (9022).</summary>
        Delivered = 3,

        /// <summary>OPSCOM does not have the permit, which is what a void wants (9009 on delete).</summary>
        AlreadyGone = 4,
    }
}
