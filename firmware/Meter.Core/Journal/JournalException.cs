namespace Meter.Core.Journal
{
    /// <summary>The journal refused a change (full, invalid input, unknown permit); nothing was written.</summary>
    public sealed class JournalException : System.Exception
    {
        public JournalException(string message)
            : base(message)
        {
        }
    }
}
