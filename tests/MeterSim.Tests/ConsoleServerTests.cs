using System.Net.Sockets;
using System.Text;
using MeterSim;
using Xunit;

namespace MeterSim.Tests;

/// <summary>The console over its loopback port, as an operator (or a guessing script) with nc would use it.</summary>
public sealed class ConsoleServerTests
{
    [Fact]
    public async Task WrongPins_OnFreshConnections_StillLockPinEntry_ForTheWholeMeter()
    {
        string data = Directory.CreateTempSubdirectory("console-").FullName;
        try
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "Scenarios");
            var options = new SimOptions
            {
                Config = Path.Combine(folder, "nf.config"),
                Secrets = Path.Combine(folder, "secrets.example.config"),
                Data = data,
                StartLocal = "2026-07-06T10:00",
            };
            await using var meter = await MeterSimulation.StartAsync(options, manualClock: true);
            long now = meter.Clock.UtcMs;
            var sale = meter.Journal.CommitSale("ABC123", "Lot 4", "CAD", now, now, now + 3_600_000, 250, 0);
            using var server = new ConsoleServer(0, () => meter);
            for (int guess = 0; guess < 3; guess++)
            {
                string answer = await Converse(server.Port, "void " + sale.PermitNo, "98" + guess + "7");
                Assert.Contains("wrong PIN", answer);
            }

            string locked = await Converse(server.Port, "void " + sale.PermitNo, "0000");

            Assert.Contains("PIN entry locked for 30s", locked);
            Assert.DoesNotContain("'0000'", locked);
            Assert.Equal("sold", Meter.Core.Journal.PermitStates.Name(meter.Journal.Find(sale.Seq)!.State));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task InvalidConfiguration_ConsoleListsTheErrors_WithNoCommandRun()
    {
        string data = Directory.CreateTempSubdirectory("console-").FullName;
        try
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "Scenarios");
            string config = Path.Combine(data, "nf.config");
            File.WriteAllText(config, File.ReadAllText(Path.Combine(folder, "nf.config")).Replace("currency = CAD", "currency = EUR"));
            var options = new SimOptions { Config = config, Secrets = Path.Combine(folder, "secrets.example.config"), Data = data };
            await using var meter = await MeterSimulation.StartAsync(options, manualClock: true);
            using var server = new ConsoleServer(0, () => meter);

            string answer = await Converse(server.Port, "status");

            Assert.False(meter.IsConfigured);
            Assert.StartsWith("meter OUT OF SERVICE: its configuration has errors", answer);
            Assert.Contains("OUT OF SERVICE, the configuration has errors:", answer);
            Assert.Contains("currency", answer);
            Assert.DoesNotContain("network", answer);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // One connection: the greeting, then each line sent and its answer, each read up to the console's next prompt (its
    // own signal that it has answered; no quiet window to wait out). The deadline only guards against a hang.
    private static async Task<string> Converse(int port, params string[] lines)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        using var stream = client.GetStream();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var text = new StringBuilder();
        await ReadToPrompt(stream, text, deadline.Token);
        foreach (string line in lines)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), deadline.Token);
            await ReadToPrompt(stream, text, deadline.Token);
        }

        return text.ToString();
    }

    // The prompt is "> " (or "PIN> "), always last in what the console sends for a line.
    private static async Task ReadToPrompt(NetworkStream stream, StringBuilder text, CancellationToken deadline)
    {
        var buffer = new byte[4096];
        int start = text.Length;
        while (!text.ToString(start, text.Length - start).EndsWith("> ", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer, deadline);
            if (read == 0)
            {
                return;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
    }
}
