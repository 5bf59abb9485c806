namespace Meter.Core.OpsCom
{
    /// <summary>What an OPSCOM answer said. Reused between requests so reading one allocates almost nothing.</summary>
    public sealed class OpsComAnswer
    {
        public AnswerKind Kind { get; internal set; }

        /// <summary>reference_id of a success, or empty.</summary>
        public string ReferenceId { get; internal set; }

        public int ErrorCode { get; internal set; }

        public string ErrorMessage { get; internal set; }

        /// <summary>Why an answer was unreadable, for the log.</summary>
        public string Problem { get; internal set; }

        internal void Clear()
        {
            Kind = AnswerKind.Unreadable;
            ReferenceId = "";
            ErrorCode = 0;
            ErrorMessage = "";
            Problem = "";
        }
    }
}
