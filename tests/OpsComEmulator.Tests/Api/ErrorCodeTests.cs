using OpsComEmulator.Api;
using Xunit;

namespace OpsComEmulator.Tests.Api;

/// <summary>One bad request for each error code the documentation defines, answered with its code and message.</summary>
public sealed class ErrorCodeTests : IAsyncLifetime
{
    private const string T = EmulatorFixture.Token;
    private const string Push = "/api/OC-TOMA/v1/permits/push";
    private const string Update = "/api/OC-TOMA/v1/permits/update";
    private const string Vehicles = "/api/OC-TOMA/v1/vehicles/push";
    private const string Profiles = "/api/OC-TOMA/v1/profiles/push";
    private const string Times = "\"startTime\": \"2018-07-02T09:00:00\", \"endTime\": \"2018-07-02T09:30:00\"";
    private const string NewUser = "\"unique_id\": \"u1\", \"login_source\": \"OPSCOM\"";
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorFixture.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public static TheoryData<int, string, string, string> Cases => new()
    {
        // code, path, body, a request to send first ("" for none)
        { 9000, "/api/v1/validate/plate", $"{{\"api_token\": \"{T}\", \"plate\": \"ABC\"}}", "" },
        { 9001, Push, $"{{\"plate\": \"ABC\", {Times}}}", "" },
        { 9002, Vehicles, $"{{\"apiToken\": \"{EmulatorFixture.PermitsOnlyToken}\", \"plate\": \"ABC\", \"plateType\": \"Passenger\", \"prov\": \"ON\"}}", "" },
        { 9003, Push, "{\"apiToken\": \"" + T + "\", \"plate\": ", "" },
        { 9004, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"startTime\": \"2018-07-02T09:00:00\"}}", "" },
        { 9005, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"startTime\": \"2018-07-02T09:00:00\", \"endTime\": \"2018-07-02 09:30\"}}", "" },
        { 9006, Push, $"{{\"apiToken\": \"{T}\", {Times}}}", "" },
        { 9007, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"startTime\": \"2018-13-02T09:00:00\", \"endTime\": \"2018-07-02T09:30:00\"}}", "" },
        { 9008, Update, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\"}}", "" },
        { 9009, Update, $"{{\"apiToken\": \"{T}\", \"referenceID\": \"no-such-reference\"}}", "" },
        { 9010, Vehicles, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"prov\": \"ON\"}}", "" },
        { 9011, Vehicles, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"plateType\": \"Passenger\"}}", "" },
        { 9012, Vehicles, $"{{\"apiToken\": \"{T}\", \"plate\": \"AJNR123\", \"plateType\": \"Passenger\", \"prov\": \"ON\"}}", "" },
        { 9013, Profiles, $"{{\"apiToken\": \"{T}\", \"login_source\": \"OPSCOM\"}}", "" },
        { 9014, Profiles, $"{{\"apiToken\": \"{T}\", \"unique_id\": \"u1\"}}", "" },
        { 9015, Profiles, $"{{\"apiToken\": \"{T}\", \"unique_id\": \"u1\", \"login_source\": \"FACEBOOK\"}}", "" },
        { 9016, Profiles, $"{{\"apiToken\": \"{T}\", {NewUser}, \"first_name\": \"A\", \"last_name\": \"B\"}}", "" },
        { 9017, Profiles, $"{{\"apiToken\": \"{T}\", {NewUser}, \"email\": \"a@b.c\", \"last_name\": \"B\"}}", "" },
        { 9018, Profiles, $"{{\"apiToken\": \"{T}\", {NewUser}, \"email\": \"a@b.c\", \"first_name\": \"A\"}}", "" },
        { 9019, Profiles, $"{{\"apiToken\": \"{T}\", {NewUser}, \"email\": \"taken@b.c\", \"first_name\": \"A\", \"last_name\": \"B\"}}",
            $"{{\"apiToken\": \"{T}\", \"unique_id\": \"u0\", \"login_source\": \"OPSCOM\", \"email\": \"taken@b.c\", \"first_name\": \"C\", \"last_name\": \"D\"}}" },
        { 9020, Profiles, $"{{\"apiToken\": \"{T}\", {NewUser}, \"email\": \"u1@b.c\", \"user_name\": \"taken\", \"first_name\": \"A\", \"last_name\": \"B\"}}",
            $"{{\"apiToken\": \"{T}\", \"unique_id\": \"u0\", \"login_source\": \"OPSCOM\", \"email\": \"u0@b.c\", \"user_name\": \"taken\", \"first_name\": \"C\", \"last_name\": \"D\"}}" },
        { 9021, Vehicles, $"{{\"apiToken\": \"{T}\", \"plate\": \"{new string('P', 51)}\", \"plateType\": \"Passenger\", \"prov\": \"ON\"}}", "" },
        { 9022, Push, EmulatorFixture.Push(), EmulatorFixture.Push() },
        { 9030, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"{new string('P', 26)}\", {Times}}}", "" },
        { 9031, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"endTime\": \"2018-07-02T09:30:00\"}}", "" },
        { 9032, Vehicles, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"plateType\": \"Passenger\", \"prov\": \"ON\", \"year\": \"11\"}}", "" },
        { 9033, Push, $"{{\"apiToken\": \"{T}\", \"plate\": \"ABC\", \"Amount\": \"14.5\", {Times}}}", "" },
        { 9034, Push, $"{{\"apiToken\": \"{EmulatorFixture.OtherClientToken}\", \"plate\": \"ABC\", {Times}}}", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_AnswersTheDocumentedCodeAndMessage(int code, string path, string body, string first)
    {
        if (first.Length > 0)
        {
            var (setupStatus, setup) = await _emulator.PostAsync(path, first);
            Assert.True(setupStatus == 200, setup.ToString());
        }

        var (status, answer) = await _emulator.PostAsync(path, body);

        Assert.NotEqual(200, status);
        Assert.Equal(code, answer.GetProperty("ErrorCode").GetInt32());
        Assert.Equal(ErrorCodes.Messages[code], answer.GetProperty("ErrorMessage").GetString());
        Assert.Equal(2, answer.EnumerateObject().Count());
    }

    [Fact]
    public void Cases_CoverEveryCodeInTheDocumentation()
    {
        var covered = Cases.Select(c => (int)c[0]).ToHashSet();

        Assert.Equal(ErrorCodes.Messages.Keys.Order(), covered.Order());
    }
}
