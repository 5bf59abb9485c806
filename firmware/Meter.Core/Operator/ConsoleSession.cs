namespace Meter.Core.Operator
{
    /// <summary>
    /// One operator's conversation with the console: a void or clear waits here for its PIN. Wrong PINs
    /// are counted by the meter (<see cref="PinGuard"/>), not here, so a new connection gains nothing.
    /// </summary>
    public sealed class ConsoleSession
    {
        /// <summary>The permit number a void or clear is waiting to confirm, or null.</summary>
        public string PendingPermit { get; internal set; }

        /// <summary>"void" or "clear": what the PIN will confirm.</summary>
        public string PendingAction { get; internal set; }

        /// <summary>The next line is a PIN: the client should not echo it.</summary>
        public bool AwaitingPin
        {
            get { return PendingPermit != null; }
        }

        internal void Forget()
        {
            PendingPermit = null;
            PendingAction = null;
        }
    }
}
