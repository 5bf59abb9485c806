namespace Meter.Core.Operator
{
    /// <summary>One operator's conversation with the console: a void waits here for its PIN.</summary>
    public sealed class ConsoleSession
    {
        /// <summary>The permit number a void is waiting to confirm, or null.</summary>
        public string PendingVoid { get; internal set; }

        /// <summary>Wrong PINs in a row; after three the session refuses voids.</summary>
        public int WrongPins { get; internal set; }
    }
}
