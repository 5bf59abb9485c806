namespace Meter.Core.OpsCom
{
    /// <summary>What an OPSCOM answer said. Reused between requests so reading one allocates almost nothing.</summary>
    public sealed class OpsComAnswer
    {
        /// <summary>What sort of answer it was.</summary>
        public AnswerKind Kind { get; internal set; }

        /// <summary>reference_id of a success, or empty.</summary>
        public string ReferenceId { get; internal set; }

        /// <summary>OPSCOM's error code, or 0.</summary>
        public int ErrorCode { get; internal set; }

        /// <summary>OPSCOM's error message, or "".</summary>
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
