using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using OpsComEmulator;

namespace Meter.Bench;

/// <summary>
/// emulator: permits pushed per second over loopback by concurrent clients into a file database, against
/// a trivial endpoint of the same app in the same run (what the HTTP stack alone allows).
/// </summary>
public sealed class EmulatorBenchmark : IBenchmark
{
    private const int Clients = 16;
    private const int Requests = 12_000;

    public string Name => "emulator";

    public void Run(Report report) => RunAsync(report).GetAwaiter().GetResult();

    private static async Task RunAsync(Report report)
    {
        string folder = Directory.CreateTempSubdirectory("emulator-bench-").FullName;
        try
        {
            var options = new EmulatorOptions { Urls = "http://127.0.0.1:0", Database = Path.Combine(folder, "bench.db") };
            options.Tokens.Add(("OC-TOMA", "bench-token", "*"));
            await using var emulator = await EmulatorServer.StartAsync(options);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = new Uri(emulator.BaseUrl) };

            await Load(http, 500, Push);
            await Load(http, 500, Trivial);
            double pushes = await Load(http, Requests, Push);
            double trivial = await Load(http, Requests, Trivial);
            report.Figure("emulator.push_per_s", pushes, "req/s");
            report.Figure("emulator.trivial_per_s", trivial, "req/s");
            report.Figure("emulator.ratio", pushes / trivial, "x");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int _sequence;

    private static async Task Push(HttpClient http)
    {
        int n = Interlocked.Increment(ref _sequence);
        string body = "{\"apiToken\": \"bench-token\", \"Amount\": \"3.50\", \"CurrencyID\": \"CAD\", \"LicencePlate\": \"B" + n.ToString("D6") +
            "\", \"zone\": \"Lot 4\", \"permitNo\": \"L4-" + n + "\", \"startTime\": \"2026-07-06T09:00:00\", \"endTime\": \"2026-07-06T10:00:00\"}";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/OC-TOMA/v1/permits/push", content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("push failed: " + await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task Trivial(HttpClient http)
    {
        using var response = await http.GetAsync("/health");
        response.EnsureSuccessStatusCode();
    }

    // Requests per second with `Clients` requests in flight at once.
    private static async Task<double> Load(HttpClient http, int requests, Func<HttpClient, Task> request)
    {
        int next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                await request(http);
            }
        }));
        return requests / watch.Elapsed.TotalSeconds;
    }
}
