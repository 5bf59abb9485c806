namespace Meter.Core.OpsCom
{
    /// <summary>
    /// What the meter does with each OPSCOM error code (the table is repeated in the README):
    /// <code>
    /// 9000 9001 9002 9034     pause syncing and raise an alert; every record is kept as it is
    /// 9022 on push            delivered: an earlier attempt whose answer was lost was recorded
    /// 9022 on update, delete  delivered likewise
    /// 9009 on delete          done: OPSCOM does not have the permit, which is what a void wants
    /// 9009 on update          rejected: OPSCOM lost the permit; an operator decides (retry re-sends)
    /// 9008                    rejected: the meter sent no reference id (a fault worth a look)
    /// 9003-9033 (others)      rejected with code and message, kept for the operator
    /// unknown codes           rejected likewise: never dropped, never retried blindly
    /// </code>
    /// </summary>
    public static class ErrorPolicy
    {
        /// <summary>
        /// "Reference ID is required": also what the journal records for a void the meter cannot send (OPSCOM answered the
        /// push 9022, so no reference id ever came). Sending it again fails again: it is voided in OPSCOM by hand.
        /// </summary>
        public const int ReferenceIdRequired = 9008;

        /// <summary>What to do with a permit when <paramref name="operation"/> got OPSCOM error <paramref name="errorCode"/>.</summary>
        public static ErrorAction For(OpsComOperation operation, int errorCode)
        {
            switch (errorCode)
            {
                case 9000:
                case 9001:
                case 9002:
                case 9034:
                    return ErrorAction.PauseSyncing;
                case 9022:
                    return ErrorAction.Delivered;
                case 9009:
                    return operation == OpsComOperation.Delete ? ErrorAction.AlreadyGone : ErrorAction.Reject;
                default:
                    return ErrorAction.Reject;
            }
        }
    }
}
