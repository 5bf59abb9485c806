using System.CommandLine;
using Spectre.Console;
using static MeterTool.OpsCom.OpsComOutput;

namespace MeterTool.OpsCom;

/// <summary>
/// <c>opscom ...</c>: a client for every endpoint of the OPSCOM documentation. Options are the documented
/// fields (in kebab case: --plate-type for plateType); the tool sends what it is given and lets OPSCOM
/// judge, so its error codes come back as OPSCOM says them. Token, client and hosts come from the
/// meter's nf.config and secrets.config unless given.
/// </summary>
public sealed class OpsComCommand
{
    private readonly Option<string?> ConfigOption = new("--config") { Description = "nf.config for [opscom] base_url, client and validate_url (default: nf.config here)", Recursive = true };
    private readonly Option<string?> SecretsOption = new("--secrets") { Description = "secrets file for the API token (default: secrets.config beside nf.config)", Recursive = true };
    private readonly Option<string?> TokenOption = new("--token") { Description = "the API token (instead of secrets.config)", Recursive = true };
    private readonly Option<string?> BaseUrlOption = new("--base-url") { Description = "the controller, e.g. https://controller.operationscommander.io", Recursive = true };
    private readonly Option<string?> ClientOption = new("--client") { Description = "the client code of /api/{client}/v1/... (the documentation writes OC-TOMA for permits, OC_TOMA for the rest)", Recursive = true };
    private readonly Option<string?> ValidateUrlOption = new("--validate-url") { Description = "the plate validation service", Recursive = true };
    private readonly Option<bool> JsonOption = new("--json") { Description = "print OPSCOM's answer as JSON instead of tables", Recursive = true };
    private readonly Option<int> TimeoutOption = new("--timeout") { Description = "seconds to wait for an answer", DefaultValueFactory = _ => 30, Recursive = true };
    private readonly Option<string[]> ExtraOption = new("--field") { Description = "NAME=VALUE: another documented field (repeatable), e.g. --field city=Ottawa", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The command tree; <paramref name="http"/> makes the client for each call.</summary>
    public static Command Build(IAnsiConsole console, Func<HttpClient> http) => new OpsComCommand().Create(console, http);

    private Command Create(IAnsiConsole console, Func<HttpClient> http)
    {
        var permits = new Command("permits", "Permits: push, update, delete, stats.")
        {
            Endpoint(console, http, "push", "Push a paid permit (permits/push).", "permits/push",
                F("--plate", "LicencePlate", "(required by OPSCOM) the plate, up to 25 characters"), F("--start-time", "startTime", "(required) yyyy-MM-ddTHH:mm:ss"),
                F("--end-time", "endTime", "(required) yyyy-MM-ddTHH:mm:ss"), F("--amount", "Amount", "e.g. 14.50"), F("--currency", "CurrencyID", "CAD or USD"),
                F("--zone", "zone", "the zone name"), F("--permit-no", "permitNo", "the ticket number")),
            Endpoint(console, http, "update", "Change a pushed permit (permits/update).", "permits/update",
                F("--reference-id", "referenceID", "(required) from the push"), F("--plate", "plate", "the plate"), F("--amount", "Amount", "e.g. 14.50"),
                F("--currency", "currency", "CAD or USD"), F("--end-time", "endTime", "yyyy-MM-ddTHH:mm:ss")),
            Endpoint(console, http, "delete", "Void a pushed permit (permits/delete).", "permits/delete",
                F("--reference-id", "referenceID", "(required) from the push")),
            Endpoint(console, http, "stats", "Permit counts by type and zone (permits/stats).", "permits/stats",
                "data", null, F("--zones", "zones", "comma-separated zone names (default: all)")),
        };
        var vehicles = new Command("vehicles", "Vehicles: push.")
        {
            Endpoint(console, http, "push", "Create a vehicle (vehicles/push).", "vehicles/push",
                F("--plate", "plate", "(required) up to 50 characters"), F("--plate-type", "plateType", "plate type name (or --plate-type-id)"),
                F("--plate-type-id", "plateTypeID", "plate type id"), F("--prov", "prov", "province/state name or abbreviation (or --prov-id)"),
                F("--prov-id", "provID", "province/state id"), F("--make", "make", "make name"), F("--make-id", "makeID", "make id"),
                F("--type", "type", "vehicle type name"), F("--type-id", "typeID", "vehicle type id"), F("--colour", "colour", "colour name"),
                F("--colour-id", "colourID", "colour id"), F("--year", "year", "4-digit model year"), F("--vin", "vin", "vehicle identification number")),
        };
        var profiles = new Command("profiles", "User profiles: types, push.")
        {
            Endpoint(console, http, "types", "List the profile user types (profiles/types/list).", "profiles/types/list", "user_types", null),
            Endpoint(console, http, "push", "Create or update a user (profiles/push); more fields with --field (street, city, province, postal_code, phone_cell, ...).", "profiles/push",
                F("--unique-id", "unique_id", "(required) the user's unique id"), F("--login-source", "login_source", "(required) e.g. OPSCOM"),
                F("--first-name", "first_name", "first name"), F("--last-name", "last_name", "last name"), F("--user-name", "user_name", "unique username"),
                F("--email", "email", "email address")),
        };
        var violations = new Command("violations", "Overdue violations.")
        {
            Endpoint(console, http, "send-overdue", "Export the overdue violations not yet sent, marking them sent to collections (violations/send_overdue_to_collections).",
                "violations/send_overdue_to_collections", "records",
                new[] { new Column("ticket", "Ticket"), new Column("plate", "vehicle.Plate"), new Column("fine", "Fine"), new Column("issued", "Issued"),
                    new Column("due", "Due"), new Column("location", "location.LocationName"), new Column("violation", "details.0.type.ViolationDescr") }),
        };
        var command = new Command("opscom", "Call OPSCOM's API: every documented endpoint. Exit 0 done, 3 OPSCOM refused (code and message shown), 4 no usable answer, 2 bad options.")
        {
            ConfigOption, SecretsOption, TokenOption, BaseUrlOption, ClientOption, ValidateUrlOption, JsonOption, TimeoutOption,
            permits, vehicles, profiles, violations, Validate(console, http), Raw(console, http),
        };
        return command;
    }

    private static (Option<string?> Option, string Field) F(string option, string field, string description) =>
        (new Option<string?>(option) { Description = description + " [" + field + "]" }, field);

    private Command Endpoint(IAnsiConsole console, Func<HttpClient> http, string name, string description, string endpoint, params (Option<string?> Option, string Field)[] fields) =>
        Endpoint(console, http, name, description, endpoint, null, null, fields);

    private Command Endpoint(IAnsiConsole console, Func<HttpClient> http, string name, string description, string endpoint, string? list, Column[]? columns,
        params (Option<string?> Option, string Field)[] fields)
    {
        var command = new Command(name, description) { ExtraOption };
        foreach (var (option, _) in fields)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancel) => await CallAsync(console, http, parse, async client =>
        {
            var values = fields.Where(f => parse.GetValue(f.Option) != null).Select(f => KeyValuePair.Create(f.Field, parse.GetValue(f.Option)!)).ToList();
            foreach (string extra in parse.GetValue(ExtraOption) ?? Array.Empty<string>())
            {
                int equals = extra.IndexOf('=');
                if (equals < 1)
                {
                    throw new ArgumentException("--field wants NAME=VALUE, got " + extra);
                }

                values.Add(KeyValuePair.Create(extra[..equals], extra[(equals + 1)..]));
            }

            return Print(console, await client.PostAsync(endpoint, values, cancel), parse.GetValue(JsonOption), list, columns);
        }));
        return command;
    }

    private Command Validate(IAnsiConsole console, Func<HttpClient> http)
    {
        var plate = new Argument<string>("plate") { Description = "the plate to validate" };
        var command = new Command("validate", "What OPSCOM knows about a plate: permits, alarm, do-not-ticket-or-tow (the plate validation service).") { plate };
        command.SetAction(async (parse, cancel) => await CallAsync(console, http, parse, async client =>
        {
            var reply = await client.ValidateAsync(parse.GetValue(plate)!, cancel);
            int code = Print(console, reply, parse.GetValue(JsonOption));
            if (code == ExitCodes.Ok && !parse.GetValue(JsonOption) && reply.Json!.Value.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                Render(console, data, null, null);
                if (data.TryGetProperty("responseJSON", out var details) && details.ValueKind == System.Text.Json.JsonValueKind.Object)
                {
                    Render(console, details, "permits", new[] { new Column("type", "type"), new Column("permit", "shortName"), new Column("expires", "expires") });
                    Render(console, details, "dntt", new[] { new Column("location", "location"), new Column("start", "start"), new Column("end", "end"), new Column("notes", "notes") });
                }
            }

            return code;
        }));
        return command;
    }

    private Command Raw(IAnsiConsole console, Func<HttpClient> http)
    {
        var endpoint = new Argument<string>("endpoint") { Description = "the path after /api/{client}/v1/, e.g. permits/push" };
        var body = new Option<string>("--body") { Description = "the JSON body, sent as is", Required = true };
        var command = new Command("raw", "Send a hand-written body to a controller endpoint (for what the other commands do not cover).") { endpoint, body };
        // A hand-written request has no known answer shape to tabulate: the answer prints as JSON, --json or not.
        command.SetAction(async (parse, cancel) => await CallAsync(console, http, parse, async client =>
            Print(console, await client.PostRawAsync(parse.GetValue(endpoint)!, parse.GetValue(body)!, cancel), json: true)));
        return command;
    }

    private async Task<int> CallAsync(IAnsiConsole console, Func<HttpClient> http, ParseResult parse, Func<OpsComClient, Task<int>> call)
    {
        OpsComTarget target;
        try
        {
            target = OpsComTarget.Resolve(parse.GetValue(ConfigOption), parse.GetValue(SecretsOption), parse.GetValue(BaseUrlOption), parse.GetValue(ClientOption),
                parse.GetValue(ValidateUrlOption), parse.GetValue(TokenOption));
        }
        catch (Exception error) when (error is ArgumentException or FileNotFoundException)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(error.Message));
            return ExitCodes.Usage;
        }

        using var client = http();
        client.Timeout = TimeSpan.FromSeconds(parse.GetValue(TimeoutOption));
        try
        {
            return await call(new OpsComClient(client, target));
        }
        catch (ArgumentException error)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(error.Message));
            return ExitCodes.Usage;
        }
        catch (HttpRequestException error)
        {
            console.MarkupLine("[red]error:[/] could not reach OPSCOM (" + Markup.Escape(target.BaseUrl) + "): " + Markup.Escape(error.Message));
            return ExitCodes.Unreachable;
        }
        catch (TaskCanceledException)
        {
            console.MarkupLine("[red]error:[/] OPSCOM did not answer within " + parse.GetValue(TimeoutOption) + " s");
            return ExitCodes.Unreachable;
        }
    }
}
