namespace Meter.Core.Journal
{
    /// <summary>
    /// Where a permit is in its life. Integer constants, not an enum: nanoFramework prints enums as numbers.
    /// Sold -> Pushed -> TimeAdded -> Updated; VoidRequested -> Voided; any OPSCOM data error -> Rejected,
    /// which an operator sends again (retry) or clears (Cleared: OPSCOM never got it, and that is accepted).
    /// </summary>
    public static class PermitState
    {
        /// <summary>Committed at the meter, waiting for permits/push.</summary>
        public const int Sold = 1;

        /// <summary>OPSCOM has it; the reference id is stored (or was lost to a 9022 duplicate answer).</summary>
        public const int Pushed = 2;

        /// <summary>The motorist added time; waiting for permits/update.</summary>
        public const int TimeAdded = 3;

        public const int Updated = 4;

        /// <summary>An operator voided it; waiting for permits/delete.</summary>
        public const int VoidRequested = 5;

        public const int Voided = 6;

        /// <summary>OPSCOM refused it for good; kept with the error until an operator clears it.</summary>
        public const int Rejected = 7;

        /// <summary>A rejected permit an operator cleared with the technician PIN: kept out of the queue, never sent.</summary>
        public const int Cleared = 8;

        public static bool IsValid(int state)
        {
            return state >= Sold && state <= Cleared;
        }

        /// <summary>Nothing left to send: may be pruned once its retention window has passed.</summary>
        public static bool IsFinished(int state)
        {
            return state == Pushed || state == Updated || state == Voided || state == Cleared;
        }

        /// <summary>Work is waiting for OPSCOM.</summary>
        public static bool IsPending(int state)
        {
            return state == Sold || state == TimeAdded || state == VoidRequested;
        }

        public static string Name(int state)
        {
            switch (state)
            {
                case Sold: return "sold";
                case Pushed: return "pushed";
                case TimeAdded: return "time-added";
                case Updated: return "updated";
                case VoidRequested: return "void-requested";
                case Voided: return "voided";
                case Rejected: return "rejected";
                case Cleared: return "cleared";
                default: return "unknown";
            }
        }
    }
}
