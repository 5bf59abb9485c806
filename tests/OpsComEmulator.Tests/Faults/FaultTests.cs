using System.Threading;
using System.Net;
using System.Text;
using System.Text.Json;
using OpsComEmulator.Faults;
using Xunit;

namespace OpsComEmulator.Tests.Faults;

public sealed class FaultTests : IAsyncLifetime
{
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorFixture.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task DropAfter_RecordsThePermit_ButTheAnswerIsLost_SoTheRetryGets9022()
    {
        await SetFaults("push:drop_after=1");

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(EmulatorFixture.Push("LOST01")));
        await SetFaults("");
        var (_, retry) = await _emulator.PostAsync("/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push("LOST01"));

        Assert.Equal(9022, retry.GetProperty("ErrorCode").GetInt32());
    }

    [Fact]
    public async Task DropBefore_RecordsNothing()
    {
        await SetFaults("push:drop_before=1");

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(EmulatorFixture.Push("NEVER1")));
        await SetFaults("");

        Assert.Equal(200, (await _emulator.PostAsync("/api/OC-TOMA/v1/permits/push", EmulatorFixture.Push("NEVER1"))).Status);
    }

    [Theory]
    [InlineData("push:5xx=1@500", HttpStatusCode.InternalServerError, "service unavailable")]
    [InlineData("push:html=1", HttpStatusCode.BadGateway, "<html>")]
    [InlineData("push:malformed=1", HttpStatusCode.OK, "{\"status\": \"success\", \"reference_id\": ")]
    public async Task SpoiltAnswers_AreWhatTheyClaim(string plan, HttpStatusCode status, string start)
    {
        await SetFaults(plan);

        using var response = await Send(EmulatorFixture.Push("SPOIL1"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith(start, body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Truncated_SendsHalfOfTheRealAnswer()
    {
        await SetFaults("push:truncated=1");

        using var response = await Send(EmulatorFixture.Push("HALF01"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("{\"status\":\"success\"", body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Latency_DelaysThePush_WhileOtherEndpointsAnswerMeanwhile()
    {
        // Driven by what the server does, not by a stopwatch: the push is still waiting when stats has answered.
        await SetFaults("push:latency=1@60000");
        using var cancel = new CancellationTokenSource();
        var push = _emulator.Http.PostAsync("/api/OC-TOMA/v1/permits/push",
            new StringContent(EmulatorFixture.Push("SLOW01"), Encoding.UTF8, "application/json"), cancel.Token);

        using var stats = await _emulator.Http.PostAsync("/api/OC-TOMA/v1/permits/stats",
            new StringContent($"{{\"apiToken\": \"{EmulatorFixture.Token}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.False(push.IsCompleted, "the push should still be delayed");
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => push);
    }

    [Fact]
    public async Task Refuse_ClosesNewConnectionsBeforeAnyHttp()
    {
        await SetFaults("*:refuse=1");
        using var fresh = new HttpClient { BaseAddress = new Uri(_emulator.Emulator.BaseUrl) };

        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync("/health"));
    }

    [Fact]
    public void Probability_IsRepeatableWithTheSameSeed()
    {
        var first = new FaultInjector { Plan = FaultPlan.Parse("push:5xx=0.5;seed=42") };
        var second = new FaultInjector { Plan = FaultPlan.Parse("push:5xx=0.5;seed=42") };

        var a = Enumerable.Range(0, 200).Select(_ => first.Roll("push", "5xx") != null).ToList();
        var b = Enumerable.Range(0, 200).Select(_ => second.Roll("push", "5xx") != null).ToList();

        Assert.Equal(a, b);
        Assert.InRange(a.Count(x => x), 70, 130);
        Assert.Null(first.Roll("update", "5xx"));
    }

    [Theory]
    [InlineData("push:explode=1")]
    [InlineData("nowhere:5xx=1")]
    [InlineData("push:5xx=2")]
    [InlineData("push:refuse=1")]
    [InlineData("push5xx")]
    public async Task BadPlan_IsRefusedWithItsReason_AndTheOldPlanStays(string plan)
    {
        await SetFaults("push:latency=1@1");

        using var content = new StringContent(plan, Encoding.UTF8);
        using var response = await _emulator.Http.PutAsync("/admin/faults", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("latency", await _emulator.Http.GetStringAsync("/admin/faults"));
    }

    [Fact]
    public async Task StallBody_RecordsThePush_SendsHalfTheAnswer_ThenNothing()
    {
        using var content = new StringContent("push:stall_body=1@60000", Encoding.UTF8);
        // POST works as PUT: the meter's own HTTP port only posts (device tests).
        (await _emulator.Http.PostAsync("/admin/faults", content)).EnsureSuccessStatusCode();
        using var fresh = new HttpClient { BaseAddress = new Uri(_emulator.Emulator.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var body = new StringContent(EmulatorFixture.Push("STALL1"), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/OC-TOMA/v1/permits/push") { Content = body };
        using var response = await fresh.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[4096];
        int first = await stream.ReadAsync(buffer);
        var rest = stream.ReadAsync(buffer.AsMemory(first)).AsTask();

        Assert.True(first > 0);
        Assert.Contains("STALL1", await _emulator.Http.GetStringAsync("/admin/permits"));
        Assert.False(rest.IsCompleted, "the rest of the answer should be stalled");
    }

    private async Task SetFaults(string plan)
    {
        using var content = new StringContent(plan, Encoding.UTF8);
        using var response = await _emulator.Http.PutAsync("/admin/faults", content);
        response.EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> Send(string json)
    {
        using var fresh = new HttpClient { BaseAddress = new Uri(_emulator.Emulator.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        return await fresh.PostAsync("/api/OC-TOMA/v1/permits/push", new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
