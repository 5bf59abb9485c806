namespace OpsComEmulator.Api;

/// <summary>Ends a request with the documented error object {"ErrorCode", "ErrorMessage"}.</summary>
public sealed class ApiError : Exception
{
    public ApiError(int code)
        : base(ErrorCodes.Messages[code]) => Code = code;

    public int Code { get; }

    public IResult ToResult() =>
        Results.Json(new Dictionary<string, object> { ["ErrorCode"] = Code, ["ErrorMessage"] = Message }, statusCode: ErrorCodes.HttpStatus(Code));
}
