namespace Meter.Core.Journal
{
    /// <summary>The journal refused a change (full, invalid input, unknown permit); nothing was written.</summary>
    public sealed class JournalException : System.Exception
    {
        /// <summary>A refusal the motorist may see ("STORAGE FULL"), in our own words.</summary>
        public JournalException(string message)
            : base(message)
        {
        }
    }
}
