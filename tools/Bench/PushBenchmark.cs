using Meter.Core;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Time;
using Meter.Host.Storage;

namespace Meter.Bench;

/// <summary>
/// push: one push cycle (write the request body, read the answer) with the core's codec, against
/// System.Text.Json's reflection-based serializer on equivalent objects in the same run.
/// </summary>
public sealed class PushBenchmark : IBenchmark
{
    private const int Iterations = 200_000;
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        "{\"status\": \"success\", \"reference_id\": \"1a9b5375-cb75-4c71-9939-eeae550b09ac\", \"InternalReferenceID\": \"1a9b5375-cb75-4c71-9939-eeae550b09ac\"}");

    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    public string Name => "push";

    public void Run(Report report)
    {
        var permit = SamplePermit();
        var requests = new OpsComRequests(new OpsComSettings("https://controller.operationscommander.io", "OC-TOMA", "https://service.opscom.com", true, ""),
            "2f9d1c1e-7b7a-4a52-9a43-0c4b8b1f6c2e", LocalTimeZone.Utc);
        var reader = new OpsComAnswerReader();
        var answer = new OpsComAnswer();
        var ours = Measure.PerCall(() =>
        {
            requests.Write(OpsComOperation.Push, permit);
            reader.Read(Answer, Answer.Length, answer);
        }, Iterations);
        var stj = Measure.PerCall(() =>
        {
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(PushRequest.From(permit, "2f9d1c1e-7b7a-4a52-9a43-0c4b8b1f6c2e"), Reflection);
            var parsed = JsonSerializer.Deserialize<PushResponse>(Answer, Reflection)!;
            GC.KeepAlive(body);
            GC.KeepAlive(parsed);
        }, Iterations);

        report.Figure("push.alloc_bytes", ours.AllocatedBytes, "bytes");
        report.Figure("push.stj_alloc_bytes", stj.AllocatedBytes, "bytes");
        report.Figure("push.alloc_ratio", stj.AllocatedBytes / Math.Max(ours.AllocatedBytes, 1), "x");
        report.Figure("push.ns", ours.Nanoseconds, "ns");
        report.Figure("push.stj_ns", stj.Nanoseconds, "ns");
    }

    private static PermitRecord SamplePermit()
    {
        var journal = MeterAssembly.OpenJournal(new SimulatedLittleFs(), null, new JournalSettings(1 << 20, 100, 60), "L4");
        journal.Mount();
        long start = new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return journal.CommitSale("PL8RDR", "Lot 4", "CAD", start, start, start + 1_800_000, 1450, 0);
    }

    /// <summary>The push body as a plain object, as a host developer would write it for System.Text.Json.</summary>
    private sealed class PushRequest
    {
        [JsonPropertyName("apiToken")] public string ApiToken { get; set; } = "";
        [JsonPropertyName("Amount")] public string Amount { get; set; } = "";
        [JsonPropertyName("CurrencyID")] public string Currency { get; set; } = "";
        [JsonPropertyName("LicencePlate")] public string Plate { get; set; } = "";
        [JsonPropertyName("zone")] public string Zone { get; set; } = "";
        [JsonPropertyName("permitNo")] public string PermitNo { get; set; } = "";
        [JsonPropertyName("startTime")] public string StartTime { get; set; } = "";
        [JsonPropertyName("endTime")] public string EndTime { get; set; } = "";

        public static PushRequest From(PermitRecord permit, string token) => new()
        {
            ApiToken = token,
            Amount = Meter.Core.Money.Cents.ToOpsComAmount(permit.SentAmountCents),
            Currency = permit.Currency,
            Plate = permit.Plate,
            Zone = permit.Zone,
            PermitNo = permit.PermitNo,
            StartTime = TimeText.FormatDateTime(permit.StartUtcMs),
            EndTime = TimeText.FormatDateTime(permit.SentEndUtcMs),
        };
    }

    private sealed class PushResponse
    {
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("reference_id")] public string? ReferenceId { get; set; }
        [JsonPropertyName("InternalReferenceID")] public string? InternalReferenceId { get; set; }
    }
}
