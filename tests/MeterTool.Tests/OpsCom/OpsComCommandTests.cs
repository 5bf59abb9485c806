using System.Text.Json;
using Xunit;

namespace MeterTool.Tests.OpsCom;

/// <summary>Every opscom subcommand against the emulator: tables, --json, and OPSCOM's error codes shown as such with exit 3.</summary>
public sealed class OpsComCommandTests : IAsyncLifetime
{
    private const string Start = "2026-07-02T09:00:00";
    private const string End = "2026-07-02T10:00:00";
    private EmulatorForTool _opscom = null!;

    public async Task InitializeAsync() => _opscom = await EmulatorForTool.StartAsync();

    public async Task DisposeAsync() => await _opscom.DisposeAsync();

    [Fact]
    public async Task PermitPushUpdateDelete_ShowTheReferenceId_AndStatsCountThePermit()
    {
        var push = await Run("OC-TOMA", "permits", "push", "--plate", "TOOL01", "--start-time", Start, "--end-time", End, "--amount", "2.50", "--currency", "CAD", "--zone", "Lot 4", "--permit-no", "L4-9");
        string reference = Field(push.Output, "reference_id");
        var update = await Run("OC-TOMA", "permits", "update", "--reference-id", reference, "--end-time", "2026-07-02T11:00:00", "--amount", "5.00");
        var stats = await Run("OC-TOMA", "permits", "stats", "--zones", "Lot 4");
        var delete = await Run("OC-TOMA", "permits", "delete", "--reference-id", reference);

        Assert.Equal(0, push.Exit);
        Assert.Matches("^[0-9a-f-]{36}$", reference);
        Assert.Equal((0, reference), (update.Exit, Field(update.Output, "reference_id")));
        Assert.Equal(0, stats.Exit);
        Assert.Contains("data (1)", stats.Output);
        Assert.Matches(@"│ temp\s+│ Lot 4\s+│ 1\s+│", stats.Output);
        Assert.Equal((0, "success"), (delete.Exit, Field(delete.Output, "status")));
    }

    [Fact]
    public async Task Json_PrintsOpsComsAnswerAsSent()
    {
        var push = await Run("OC-TOMA", "permits", "push", "--json", "--plate", "JSON01", "--start-time", Start, "--end-time", End);

        var answer = JsonDocument.Parse(push.Output).RootElement;
        Assert.Equal(0, push.Exit);
        Assert.Equal("success", answer.GetProperty("status").GetString());
        Assert.Equal(answer.GetProperty("reference_id").GetString(), answer.GetProperty("InternalReferenceID").GetString());
    }

    [Fact]
    public async Task VehiclesProfilesViolationsAndValidate_AnswerInTables()
    {
        var vehicle = await Run("OC_TOMA", "vehicles", "push", "--plate", "VEH001", "--plate-type", "Passenger", "--prov", "ON", "--make", "kia", "--colour", "red", "--year", "2021");
        var types = await Run("OC_TOMA", "profiles", "types");
        var profile = await Run("OC_TOMA", "profiles", "push", "--unique-id", "tool-u1", "--login-source", "OPSCOM", "--first-name", "Ada", "--last-name", "Byron",
            "--email", "ada@example.org", "--field", "city=Ottawa");
        var violations = await Run("OC_TOMA", "violations", "send-overdue");
        var again = await Run("OC_TOMA", "violations", "send-overdue");
        await Run("OC-TOMA", "permits", "push", "--plate", "VAL001", "--start-time", DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ss"),
            "--end-time", DateTime.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss"));
        var validate = await Run("OC-TOMA", "validate", "VAL001");
        var validateJson = await Run("OC-TOMA", "validate", "VAL001", "--json");

        Assert.Equal((0, "success"), (vehicle.Exit, Field(vehicle.Output, "status")));
        Assert.Equal(0, types.Exit);
        Assert.Matches(@"user_types \(\d+\)", types.Output);
        Assert.Contains("type_name", types.Output);
        Assert.Equal((0, "success"), (profile.Exit, Field(profile.Output, "status")));
        Assert.Equal(0, violations.Exit);
        Assert.Contains("records (2)", violations.Output);
        Assert.Matches(@"│ 1-100013\s+│ AJNR123\s+│ 50 ", violations.Output);
        Assert.Contains("Parked in Loading Zone", violations.Output);
        Assert.Contains("records (0)", again.Output);
        Assert.Equal(0, validate.Exit);
        Assert.Contains("VAL001", validate.Output);
        Assert.Equal(0, JsonDocument.Parse(validateJson.Output).RootElement.GetProperty("error").GetInt32());
    }

    public static TheoryData<int, string, string[], string[]> ErrorCases()
    {
        string t = EmulatorForTool.Token;
        string[] none = Array.Empty<string>();
        string[] push = { "permits", "push" };
        string[] vehicles = { "vehicles", "push" };
        string[] profiles = { "profiles", "push" };
        string[] user = { "--unique-id", "u9", "--login-source", "OPSCOM" };
        return new TheoryData<int, string, string[], string[]>
        {
            // code, client, command, a command to run first
            { 9000, "", new[] { "validate", "ABC123" }, none },
            { 9001, "OC-TOMA", new[] { "--token", "", "permits", "stats" }, none },
            { 9002, "OC_TOMA", new[] { "--token", EmulatorForTool.PermitsOnlyToken, "vehicles", "push", "--plate", "P1", "--plate-type", "Passenger", "--prov", "ON" }, none },
            { 9003, "OC-TOMA", new[] { "raw", "permits/push", "--body", "{\"apiToken\": \"" + t + "\", \"plate\": " }, none },
            { 9004, "OC-TOMA", push.Concat(new[] { "--plate", "P1", "--start-time", Start }).ToArray(), none },
            { 9005, "OC-TOMA", push.Concat(new[] { "--plate", "P1", "--start-time", Start, "--end-time", "2026-07-02 10:00" }).ToArray(), none },
            { 9006, "OC-TOMA", push.Concat(new[] { "--start-time", Start, "--end-time", End }).ToArray(), none },
            { 9007, "OC-TOMA", push.Concat(new[] { "--plate", "P1", "--start-time", "2026-13-02T09:00:00", "--end-time", End }).ToArray(), none },
            { 9008, "OC-TOMA", new[] { "permits", "update", "--plate", "P1" }, none },
            { 9009, "OC-TOMA", new[] { "permits", "delete", "--reference-id", "no-such-reference" }, none },
            { 9010, "OC_TOMA", vehicles.Concat(new[] { "--plate", "P1", "--prov", "ON" }).ToArray(), none },
            { 9011, "OC_TOMA", vehicles.Concat(new[] { "--plate", "P1", "--plate-type", "Passenger" }).ToArray(), none },
            { 9012, "OC_TOMA", vehicles.Concat(new[] { "--plate", "AJNR123", "--plate-type", "Passenger", "--prov", "ON" }).ToArray(), none },
            { 9013, "OC_TOMA", profiles.Concat(new[] { "--login-source", "OPSCOM" }).ToArray(), none },
            { 9014, "OC_TOMA", profiles.Concat(new[] { "--unique-id", "u9" }).ToArray(), none },
            { 9015, "OC_TOMA", profiles.Concat(new[] { "--unique-id", "u9", "--login-source", "FACEBOOK" }).ToArray(), none },
            { 9016, "OC_TOMA", profiles.Concat(user).Concat(new[] { "--first-name", "A", "--last-name", "B" }).ToArray(), none },
            { 9017, "OC_TOMA", profiles.Concat(user).Concat(new[] { "--email", "a@b.c", "--last-name", "B" }).ToArray(), none },
            { 9018, "OC_TOMA", profiles.Concat(user).Concat(new[] { "--email", "a@b.c", "--first-name", "A" }).ToArray(), none },
            { 9019, "OC_TOMA", profiles.Concat(user).Concat(new[] { "--email", "taken@b.c", "--first-name", "A", "--last-name", "B" }).ToArray(),
                profiles.Concat(new[] { "--unique-id", "u0", "--login-source", "OPSCOM", "--email", "taken@b.c", "--first-name", "C", "--last-name", "D" }).ToArray() },
            { 9020, "OC_TOMA", profiles.Concat(user).Concat(new[] { "--email", "u9@b.c", "--user-name", "taken", "--first-name", "A", "--last-name", "B" }).ToArray(),
                profiles.Concat(new[] { "--unique-id", "u0", "--login-source", "OPSCOM", "--email", "u0@b.c", "--user-name", "taken", "--first-name", "C", "--last-name", "D" }).ToArray() },
            { 9021, "OC_TOMA", vehicles.Concat(new[] { "--plate", new string('P', 51), "--plate-type", "Passenger", "--prov", "ON" }).ToArray(), none },
            { 9022, "OC-TOMA", push.Concat(new[] { "--plate", "DUP1", "--start-time", Start, "--end-time", End, "--permit-no", "D-1" }).ToArray(),
                push.Concat(new[] { "--plate", "DUP1", "--start-time", Start, "--end-time", End, "--permit-no", "D-1" }).ToArray() },
            { 9030, "OC-TOMA", push.Concat(new[] { "--plate", new string('P', 26), "--start-time", Start, "--end-time", End }).ToArray(), none },
            { 9031, "OC-TOMA", push.Concat(new[] { "--plate", "P1", "--end-time", End }).ToArray(), none },
            { 9032, "OC_TOMA", vehicles.Concat(new[] { "--plate", "P1", "--plate-type", "Passenger", "--prov", "ON", "--year", "11" }).ToArray(), none },
            { 9033, "OC-TOMA", push.Concat(new[] { "--plate", "P1", "--amount", "14.5", "--start-time", Start, "--end-time", End }).ToArray(), none },
            { 9034, "OC-TOMA", new[] { "--token", EmulatorForTool.OtherClientToken, "permits", "stats" }, none },
        };
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task OpsComError_IsShownWithItsCodeAndMessage_Exit3(int code, string client, string[] command, string[] first)
    {
        if (first.Length > 0)
        {
            Assert.Equal(0, (await Run(client, first)).Exit);
        }

        var (exit, output) = await Run(client, command);

        Assert.Equal(3, exit);
        Assert.Contains("OPSCOM error " + code + ": " + OpsComEmulator.Api.ErrorCodes.Messages[code], output.Replace("\n", " ").Replace("  ", " "));
    }

    [Fact]
    public async Task NoOpsComThere_Exit4_SayingItCouldNotReachIt()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "opscom", "--base-url", "http://127.0.0.1:9", "--validate-url", "http://127.0.0.1:9", "--client", "OC-TOMA", "--token", "t", "--timeout", "5", "permits", "stats" });

        Assert.Equal(4, exit);
        Assert.Contains("could not reach OPSCOM (http://127.0.0.1:9)", tool.Output);
    }

    [Fact]
    public async Task Raw_PrintsTheAnswerAsJson_WithoutBeingAsked()
    {
        var (exit, output) = await Run("OC-TOMA", "raw", "permits/stats", "--body", "{\"apiToken\": \"" + EmulatorForTool.Token + "\"}");

        Assert.True(exit == 0, output);
        Assert.Contains("\"data\"", output);
    }

    [Fact]
    public async Task TokenAlone_NeedsNoSecretsFile_TheRestComesFromNfConfig()
    {
        string folder = Fixtures.MeterFolder(t => t.Replace("https://controller.operationscommander.io", _opscom.Url).Replace("https://service.opscom.com", _opscom.Url));
        File.Move(Path.Combine(folder, "secrets.config"), Path.Combine(folder, "secrets.example.config"));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "opscom", "--config", Path.Combine(folder, "nf.config"), "--token", EmulatorForTool.Token, "permits", "stats" });

        Assert.True(exit == 0, tool.Output);
    }

    [Theory]
    [InlineData("--base-url")]
    [InlineData("--validate-url")]
    public async Task AnAddressThatIsNoUrl_IsOneLine_Exit2(string option)
    {
        var tool = new ToolRun();

        string other = option == "--base-url" ? "--validate-url" : "--base-url";
        int exit = await tool.RunAsync(new[] { "opscom", other, "http://127.0.0.1:9", option, "notaurl", "--client", "OC-TOMA", "--token", "t", "permits", "stats" });

        Assert.Equal(2, exit);
        Assert.Contains(option + ": notaurl is no http(s) address", tool.Output);
    }

    [Fact]
    public async Task TokenClientAndHost_ComeFromTheMetersFiles()
    {
        string folder = Fixtures.MeterFolder(t => t.Replace("https://controller.operationscommander.io", _opscom.Url).Replace("https://service.opscom.com", _opscom.Url));
        File.WriteAllText(Path.Combine(folder, "secrets.config"), File.ReadAllText(Path.Combine(folder, "secrets.config")).Replace("YOUR-API-TOKEN", EmulatorForTool.Token));
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "opscom", "--config", Path.Combine(folder, "nf.config"), "permits", "stats" });

        Assert.True(exit == 0, tool.Output);
    }

    private async Task<(int Exit, string Output)> Run(string client, params string[] command)
    {
        var tool = new ToolRun();
        int exit = await tool.RunAsync(_opscom.Args(client, command));
        return (exit, tool.Output);
    }

    // The value of a field in the tool's key/value table.
    private static string Field(string output, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, "│ " + name + @"\s+│ (\S+)\s+│");
        Assert.True(match.Success, name + " not in:\n" + output);
        return match.Groups[1].Value;
    }
}
