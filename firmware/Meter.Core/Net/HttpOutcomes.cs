namespace Meter.Core.Net
{
    /// <summary>An <see cref="HttpOutcome"/>'s name, for logs and the console (nanoFramework prints an enum as its number).</summary>
    public static class HttpOutcomes
    {
        /// <summary>The outcome's name for logs and the console (enums print as numbers on nanoFramework).</summary>
        public static string Name(HttpOutcome outcome)
        {
            switch (outcome)
            {
                case HttpOutcome.Answered: return "answered";
                case HttpOutcome.NotConnected: return "not connected";
                case HttpOutcome.NoAnswer: return "no answer";
                default: return "answer too large";
            }
        }
    }
}
