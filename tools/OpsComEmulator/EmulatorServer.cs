using Microsoft.AspNetCore.Server.Kestrel.Core;
using OpsComEmulator.Admin;
using OpsComEmulator.Api;
using OpsComEmulator.Faults;
using OpsComEmulator.Storage;

namespace OpsComEmulator;

/// <summary>Builds the emulator: the documented API, fault injection, the admin endpoints and page. One composition root.</summary>
public static class EmulatorServer
{
    /// <summary>Starts it (in-process for tests and the simulator; port 0 in the URL picks a free port).</summary>
    public static async Task<RunningEmulator> StartAsync(EmulatorOptions options)
    {
        var app = Build(options, out var database, out var faults);
        await app.StartAsync();
        string url = app.Urls.First();
        return new RunningEmulator(app, database, faults, url);
    }

    public static WebApplication Build(EmulatorOptions options, out EmulatorDatabase database, out FaultInjector faults)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, HostedByItsCaller>();
        builder.WebHost.UseUrls(options.Urls);
        var injector = new FaultInjector { Plan = FaultPlan.Parse(options.Faults) };
        faults = injector;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
            listen.Use(next => async connection =>
            {
                // "refuse": the connection is closed before a byte of HTTP is read.
                if (injector.Roll("*", FaultRule.Refuse) != null)
                {
                    connection.Abort();
                    return;
                }

                await next(connection);
            })));
        var db = new EmulatorDatabase(options.Database) { UtcNow = options.UtcNow };
        database = db;
        if (options.SamplePermits)
        {
            Schema.AddSamplePermits(db);
        }
        foreach (var (client, token, permissions) in options.Tokens)
        {
            Auth.Grant(db, client, token, permissions);
        }

        var app = builder.Build();
        if (!string.IsNullOrEmpty(options.AdminToken))
        {
            // The page and /admin/* change faults and tokens: with a token set, only its holder may.
            app.Use(async (context, next) =>
            {
                var path = context.Request.Path;
                bool admin = path == "/" || path.StartsWithSegments("/admin");
                string? given = context.Request.Headers["X-Admin-Token"].FirstOrDefault() ?? context.Request.Query["admin_token"].FirstOrDefault();
                if (admin && given != options.AdminToken)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await context.Response.WriteAsync("admin token required (X-Admin-Token header or ?admin_token=)");
                    return;
                }

                await next();
            });
        }

        app.UseMiddleware<FaultMiddleware>(injector);
        MapApi(app, db, options.UtcNow);
        MapAdmin(app, db, injector);
        app.Lifetime.ApplicationStopped.Register(db.Dispose);
        return app;
    }

    private static void MapApi(WebApplication app, EmulatorDatabase db, Func<DateTime> utcNow)
    {
        void Map(string path, Func<EmulatorDatabase, string, RequestBody, IResult> handler) =>
            app.MapPost("/api/{client}/v1/" + path, (string client, HttpRequest request) => Handle(request, body => handler(db, client, body)));

        Map("permits/push", PermitEndpoints.Push);
        Map("permits/update", PermitEndpoints.Update);
        Map("permits/delete", PermitEndpoints.Delete);
        Map("permits/stats", PermitEndpoints.Stats);
        Map("vehicles/push", VehicleEndpoints.Push);
        Map("profiles/types/list", ProfileEndpoints.UserTypes);
        Map("profiles/push", ProfileEndpoints.Push);
        Map("violations/send_overdue_to_collections", ViolationEndpoints.SendOverdue);
        app.MapPost("/api/v1/validate/plate", (HttpRequest request) => Handle(request, body => PlateValidationEndpoint.Validate(db, body, utcNow())));
        // A path with an empty client segment, e.g. /api//v1/permits/push.
        app.MapPost("/api/v1/{**rest}", () => new ApiError(ErrorCodes.ClientMissing).ToResult());
    }

    private static async Task<IResult> Handle(HttpRequest request, Func<RequestBody, IResult> handler)
    {
        try
        {
            return handler(await RequestBody.ReadAsync(request));
        }
        catch (ApiError error)
        {
            return error.ToResult();
        }
    }

    private static void MapAdmin(WebApplication app, EmulatorDatabase db, FaultInjector faults)
    {
        app.MapGet("/", () => Results.Content(AdminPage.Render(PermitListing.Load(db, null), faults.Plan.ToString()), "text/html; charset=utf-8"));
        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        app.MapGet("/admin/permits", (string? client) => Results.Json(PermitListing.Load(db, client)));
        app.MapGet("/admin/faults", () => Results.Text(faults.Plan.ToString()));
        async Task<IResult> SetFaults(HttpRequest request)
        {
            using var reader = new StreamReader(request.Body);
            try
            {
                faults.Plan = FaultPlan.Parse(await reader.ReadToEndAsync());
                return Results.Text(faults.Plan.ToString());
            }
            catch (FormatException error)
            {
                return Results.BadRequest(error.Message);
            }
        }

        app.MapPut("/admin/faults", SetFaults);
        // POST too: the meter's own HTTP port only posts, and the device tests set faults through it.
        app.MapPost("/admin/faults", SetFaults);
        app.MapPost("/admin/tokens/{token}/revoke", (string token) => Auth.SetRevoked(db, token, true) ? Results.Ok() : Results.NotFound());
        app.MapPost("/admin/tokens/{token}/restore", (string token) => Auth.SetRevoked(db, token, false) ? Results.Ok() : Results.NotFound());
        // What plate validation knows beyond pushed permits: a permit held from elsewhere, a do-not-ticket entry, an alarm.
        app.MapPost("/admin/plates/{plate}/permits", (string plate, HeldPermit permit) => PlateRecords.AddPermit(db, plate, permit));
        app.MapPost("/admin/plates/{plate}/notes", (string plate, PlateNote note) => PlateRecords.AddNote(db, plate, note));
    }
}
