namespace Meter.Core.OpsCom
{
    /// <summary>What kind of answer OPSCOM gave.</summary>
    public enum AnswerKind
    {
        /// <summary>Not JSON, truncated, or not a shape the documentation gives.</summary>
        Unreadable = 0,

        /// <summary>{"status": "success", ...}.</summary>
        Success = 1,

        /// <summary>{"ErrorCode": ..., "ErrorMessage": ...}.</summary>
        Error = 2,
    }
}
