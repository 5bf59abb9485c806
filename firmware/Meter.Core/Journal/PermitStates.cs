namespace Meter.Core.Journal
{
    /// <summary>Questions about a <see cref="PermitState"/>, and its name for logs and the console.</summary>
    public static class PermitStates
    {
        /// <summary>True for a state the journal can hold (a corrupt byte is not one).</summary>
        public static bool IsValid(PermitState state)
        {
            return state >= PermitState.Sold && state <= PermitState.Cleared;
        }

        /// <summary>Nothing left to send: may be pruned once its retention window has passed.</summary>
        public static bool IsFinished(PermitState state)
        {
            return state == PermitState.Pushed || state == PermitState.Updated || state == PermitState.Voided || state == PermitState.Cleared;
        }

        /// <summary>Work is waiting for OPSCOM.</summary>
        public static bool IsPending(PermitState state)
        {
            return state == PermitState.Sold || state == PermitState.TimeAdded || state == PermitState.VoidRequested;
        }

        /// <summary>The state's name for logs and the console (enums print as numbers on nanoFramework).</summary>
        public static string Name(PermitState state)
        {
            switch (state)
            {
                case PermitState.Sold: return "sold";
                case PermitState.Pushed: return "pushed";
                case PermitState.TimeAdded: return "time-added";
                case PermitState.Updated: return "updated";
                case PermitState.VoidRequested: return "void-requested";
                case PermitState.Voided: return "voided";
                case PermitState.Rejected: return "rejected";
                case PermitState.Cleared: return "cleared";
                default: return "unknown";
            }
        }
    }
}
