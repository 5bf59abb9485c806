namespace OpsComEmulator.Faults;

/// <summary>Applies the fault plan to API requests: before handling (delays, drops, errors) and after (lost or spoilt answers).</summary>
public sealed class FaultMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FaultInjector _faults;

    public FaultMiddleware(RequestDelegate next, FaultInjector faults)
    {
        _next = next;
        _faults = faults;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        string? endpoint = EndpointName(context.Request.Path.Value ?? "");
        if (endpoint == null)
        {
            await _next(context);
            return;
        }

        if (_faults.Roll(endpoint, "latency") is { } latency)
        {
            await Task.Delay(latency.Argument, context.RequestAborted);
        }

        if (_faults.Roll(endpoint, "hang") is { } hang)
        {
            await Task.Delay(hang.Argument > 0 ? hang.Argument : Timeout.Infinite, context.RequestAborted);
            context.Abort();
            return;
        }

        if (_faults.Roll(endpoint, "drop_before") != null)
        {
            context.Abort();
            return;
        }

        if (_faults.Roll(endpoint, "5xx") is { } failure)
        {
            context.Response.StatusCode = failure.Argument is >= 500 and <= 599 ? failure.Argument : 503;
            await context.Response.WriteAsync("service unavailable");
            return;
        }

        if (_faults.Roll(endpoint, "html") != null)
        {
            context.Response.StatusCode = 502;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
            return;
        }

        var after = FaultRule.After.Select(kind => _faults.Roll(endpoint, kind)).FirstOrDefault(rule => rule != null);
        if (after == null)
        {
            await _next(context);
            return;
        }

        var real = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await _next(context);
        context.Response.Body = real;
        byte[] answer = buffer.ToArray();
        switch (after.Kind)
        {
            case "drop_after":
                context.Abort();
                break;
            case "stall_body":
                // Status and headers go out with half the body, then the rest never comes (for Argument ms, or until the
                // client gives up): the answer a meter must bound by its own deadline.
                context.Response.ContentLength = answer.Length;
                await real.WriteAsync(answer.AsMemory(0, answer.Length / 2));
                await real.FlushAsync();
                try
                {
                    await Task.Delay(after.Argument > 0 ? after.Argument : Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                context.Abort();
                break;
            case "malformed":
                context.Response.ContentLength = null;
                await context.Response.WriteAsync("{\"status\": \"success\", \"reference_id\": ");
                break;
            default:
                context.Response.ContentLength = null;
                await real.WriteAsync(answer.AsMemory(0, answer.Length / 2));
                break;
        }
    }

    /// <summary>The fault plan's name for an API path, or null for anything else (admin, page, health).</summary>
    public static string? EndpointName(string path)
    {
        if (path.EndsWith("/v1/validate/plate", StringComparison.Ordinal))
        {
            return "validate";
        }

        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return null;
        }

        return path switch
        {
            _ when path.EndsWith("/permits/push", StringComparison.Ordinal) => "push",
            _ when path.EndsWith("/permits/update", StringComparison.Ordinal) => "update",
            _ when path.EndsWith("/permits/delete", StringComparison.Ordinal) => "delete",
            _ when path.EndsWith("/permits/stats", StringComparison.Ordinal) => "stats",
            _ when path.EndsWith("/vehicles/push", StringComparison.Ordinal) => "vehicles",
            _ when path.EndsWith("/profiles/types/list", StringComparison.Ordinal) => "usertypes",
            _ when path.EndsWith("/profiles/push", StringComparison.Ordinal) => "profiles",
            _ when path.EndsWith("/violations/send_overdue_to_collections", StringComparison.Ordinal) => "violations",
            _ => null,
        };
    }
}
