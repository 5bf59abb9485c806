namespace OpsComEmulator.Faults;

/// <summary>One fault: on an endpoint (or * for all), of a kind, with a probability and an optional number (ms or status).</summary>
public sealed record FaultRule(string Endpoint, string Kind, double Probability, int Argument)
{
    /// <summary>Kinds decided before the request is handled.</summary>
    public static readonly string[] Before = { "latency", "hang", "drop_before", "5xx", "html" };

    /// <summary>Kinds applied after the request was handled and committed: the answer is lost or spoilt.</summary>
    public static readonly string[] After = { "drop_after", "malformed", "truncated", "stall_body" };

    /// <summary>Refuses new connections (all endpoints: the endpoint is not known yet).</summary>
    public const string Refuse = "refuse";

    public override string ToString() =>
        $"{Endpoint}:{Kind}={Probability.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + (Argument > 0 ? "@" + Argument : "");
}
