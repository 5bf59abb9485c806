namespace Meter.Core.Journal
{
    /// <summary>
    /// Where a permit is in its life: Sold -> Pushed -> TimeAdded -> Updated; VoidRequested -> Voided;
    /// any OPSCOM data error -> Rejected, which an operator sends again (retry) or clears (Cleared: OPSCOM
    /// never got it, and that is accepted). The numbers are stored on flash: never renumber them.
    /// nanoFramework prints an enum as its number, so logs use <see cref="PermitStates.Name"/>.
    /// </summary>
    public enum PermitState
    {
        /// <summary>Not a state: an unset or unreadable value.</summary>
        None = 0,

        /// <summary>Committed at the meter, waiting for permits/push.</summary>
        Sold = 1,

        /// <summary>OPSCOM has it; the reference id is stored (or was lost to a 9022 duplicate answer).</summary>
        Pushed = 2,

        /// <summary>The motorist added time; waiting for permits/update.</summary>
        TimeAdded = 3,

        /// <summary>OPSCOM has the added time.</summary>
        Updated = 4,

        /// <summary>An operator voided it; waiting for permits/delete.</summary>
        VoidRequested = 5,

        /// <summary>OPSCOM no longer holds it as active (or never got it).</summary>
        Voided = 6,

        /// <summary>OPSCOM refused it for good; kept with the error until an operator clears it.</summary>
        Rejected = 7,

        /// <summary>A rejected permit an operator cleared with the technician PIN: kept out of the queue, never sent.</summary>
        Cleared = 8,
    }
}
