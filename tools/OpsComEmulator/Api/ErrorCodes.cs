namespace OpsComEmulator.Api;

/// <summary>The error table of the OPSCOM documentation, code for code and message for message.</summary>
public static class ErrorCodes
{
    public const int ClientMissing = 9000;
    public const int TokenMissing = 9001;
    public const int NoPermission = 9002;
    public const int Unparsable = 9003;
    public const int EndTimeRequired = 9004;
    public const int EndTimeInvalid = 9005;
    public const int PlateRequired = 9006;
    public const int StartTimeInvalid = 9007;
    public const int ReferenceRequired = 9008;
    public const int NotFound = 9009;
    public const int PlateTypeRequired = 9010;
    public const int ProvinceRequired = 9011;
    public const int VehicleExists = 9012;
    public const int UniqueIdRequired = 9013;
    public const int LoginSourceRequired = 9014;
    public const int LoginSourceInvalid = 9015;
    public const int EmailRequired = 9016;
    public const int FirstNameRequired = 9017;
    public const int LastNameRequired = 9018;
    public const int EmailNotUnique = 9019;
    public const int UsernameNotUnique = 9020;
    public const int VehiclePlateTooLong = 9021;
    public const int Duplicate = 9022;
    public const int TooLong = 9030;
    public const int Required = 9031;
    public const int TooShort = 9032;
    public const int Invalid = 9033;
    public const int TokenNotForClient = 9034;

    public static readonly IReadOnlyDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [9000] = "Client Code is missing from the request.",
        [9001] = "API Token is missing from the request.",
        [9002] = "The supplied API token does not have permission to perform that request.",
        [9003] = "Could not parse the request.",
        [9004] = "End Time is a required field.",
        [9005] = "The end time value is invalid.",
        [9006] = "Plate is a required field.",
        [9007] = "The start time value is invalid.",
        [9008] = "Reference ID is required. On a new permit push, a reference id is returned. This is required for updates and deletes.",
        [9009] = "Record not found.",
        [9010] = "The Plate Type is required.",
        [9011] = "The province or state is required.",
        [9012] = "The vehicle is already in the database.",
        [9013] = "A unique id is required.",
        [9014] = "The login source is required.",
        [9015] = "The login source is invalid.",
        [9016] = "The user e-mail is required.",
        [9017] = "The user's first name is required.",
        [9018] = "The user's last name is required.",
        [9019] = "The user's email address must be unique.",
        [9020] = "The user's username must be unique.",
        [9021] = "The vehicle's plate length exceeds 50 characters.",
        [9022] = "A record already exists with the supplied details.",
        [9030] = "The field's maximum number of characters was exceeded.",
        [9031] = "The field is required.",
        [9032] = "The field has a minimum number of characters.",
        [9033] = "The field's value is invalid.",
        [9034] = "The API Token does not exist for the specified client.",
    };

    /// <summary>
    /// The documentation gives no HTTP statuses for errors; these are our choice, and clients must not
    /// depend on them (the error object is the answer whatever the status).
    /// </summary>
    public static int HttpStatus(int code) => code switch
    {
        TokenMissing or TokenNotForClient => StatusCodes.Status401Unauthorized,
        NoPermission => StatusCodes.Status403Forbidden,
        NotFound => StatusCodes.Status404NotFound,
        Duplicate or VehicleExists or EmailNotUnique or UsernameNotUnique => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
