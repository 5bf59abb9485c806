using System.Text;
using MeterTool.Console;
using Xunit;

namespace MeterTool.Tests.Console;

/// <summary>MeterTool console against the simulator's console on a real pseudo-terminal.</summary>
public sealed class ConsoleCommandTests : IAsyncLifetime
{
    private SimulatedMeter _meter = null!;

    public async Task InitializeAsync() => _meter = await SimulatedMeter.StartAsync();

    public async Task DisposeAsync() => await _meter.DisposeAsync();

    [Fact]
    public async Task Run_PrintsEachAnswer_WithoutTheEcho()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", _meter.Port, "--run", "status", "--run", "time" });

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("network  ", tool.Output);
        Assert.Contains("version  meter 0.1, meter L4-0001", tool.Output);
        Assert.DoesNotContain("status\n", tool.Output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tool.Output, "network  "));
    }

    [Fact]
    public async Task Run_VoidAsksForThePin_ReadFromStandardInput_NeverShown()
    {
        long now = _meter.Meter.Clock.UtcMs;
        var sale = _meter.Meter.Journal.CommitSale("PTY001", "Lot 4", "CAD", now, now, now + 3_600_000, 250, 0);
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", _meter.Port, "--run", "void " + sale.PermitNo }, input: "0000\n");

        Assert.True(exit == 0, tool.Output);
        Assert.Contains("technician PIN", tool.Output);
        Assert.DoesNotContain("0000", tool.Output);
        Assert.Equal("voided", Meter.Core.Journal.PermitStates.Name(_meter.Meter.Journal.Find(sale.Seq)!.State));
    }

    [Fact]
    public async Task Run_WithoutAPin_CancelsThePrompt_NoWrongPinIsCounted_AndTheNextOperatorIsNotTakenForAPin()
    {
        long now = _meter.Meter.Clock.UtcMs;
        var sale = _meter.Meter.Journal.CommitSale("PTY002", "Lot 4", "CAD", now, now, now + 3_600_000, 250, 0);
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", _meter.Port, "--run", "void " + sale.PermitNo }, input: "");
        var next = new ToolRun();
        int nextExit = await next.RunAsync(new[] { "console", _meter.Port, "--run", "time" });

        Assert.True(exit == 2, tool.Output);
        Assert.Contains("none was given", tool.Output);
        Assert.DoesNotContain("wrong PIN", _meter.Meter.Log.Text());
        Assert.True(nextExit == 0, next.Output);
        Assert.Contains("Z", next.Output);
        Assert.Equal("sold", Meter.Core.Journal.PermitStates.Name(_meter.Meter.Journal.Find(sale.Seq)!.State));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("show L4-0001-999")]
    public async Task Run_ACommandTheMeterRefuses_Exits8(string command)
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", _meter.Port, "--run", command, "--run", "time" });

        Assert.True(exit == 8, tool.Output);
        Assert.Contains("Z", tool.Output);
    }

    [Fact]
    public async Task Run_LongLine_IsRefusedByTheMeter_AndTheConsoleGoesOn()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", _meter.Port, "--run", "show " + new string('x', 300), "--run", "time" });

        Assert.True(exit == 8, tool.Output);
        Assert.Contains("error: line longer than 120 characters, ignored", tool.Output);
        Assert.Contains("Z", tool.Output);
    }

    [Fact]
    public void BinaryNoise_IsDropped_AndTheNextCommandAnswers()
    {
        using var link = SerialLink.Open(_meter.Port, 115200);
        var conversation = new ConsoleConversation(link);
        Assert.NotNull(conversation.WakeUp(TimeSpan.FromSeconds(10)));

        conversation.SendRaw(new byte[] { 0x00, 0xFF, 0x80, 0x1B, (byte)'[', (byte)'A', 0x07, 0xC3 });
        string? answer = conversation.Send("status", TimeSpan.FromSeconds(10));

        Assert.NotNull(answer);
        Assert.Contains("network  ", answer);
    }

    [Fact]
    public async Task Interactive_CableDropsAndComesBack_ReconnectsAndGoesOn()
    {
        var tool = new ToolRun();
        var session = Task.Run(() => tool.RunAsync(new[] { "console", _meter.Port }));
        Assert.True(tool.WaitFor("(connected to"), tool.Output);
        Assert.True(tool.WaitFor("> "), tool.Output);

        tool.Type("status");
        Assert.True(tool.WaitFor("network  "), tool.Output);
        _meter.Unplug();
        Assert.True(tool.WaitFor("(connection lost"), tool.Output);
        _meter.PlugIn();
        Assert.True(tool.WaitFor("(reconnected to"), tool.Output);
        int mark = tool.Output.Length;
        tool.Type("queue");
        Assert.True(tool.WaitFor("queue empty", mark), tool.Output);
        tool.Keys.Add(new ConsoleKeyInfo('\x03', ConsoleKey.C, false, false, true));

        Assert.Equal(0, await session.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Interactive_PinIsTypedAsStars_AndNotKeptInHistory()
    {
        long now = _meter.Meter.Clock.UtcMs;
        var sale = _meter.Meter.Journal.CommitSale("PTY002", "Lot 4", "CAD", now, now, now + 3_600_000, 250, 0);
        var tool = new ToolRun();
        var session = Task.Run(() => tool.RunAsync(new[] { "console", _meter.Port }));
        Assert.True(tool.WaitFor("> "), tool.Output);

        tool.Type("void " + sale.PermitNo);
        Assert.True(tool.WaitFor("PIN> "), tool.Output);
        tool.Type("0000");
        Assert.True(tool.WaitFor(sale.PermitNo + " is now voided"), tool.Output);
        tool.Keys.Add(new ConsoleKeyInfo('\x03', ConsoleKey.C, false, false, true));
        await session.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("****", tool.Output);
        Assert.DoesNotContain("0000", tool.Output);
    }

    [Fact]
    public async Task NoSuchPort_SaysSo_Exit7()
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(new[] { "console", "/dev/ttyNOSUCH", "--run", "status" });

        Assert.Equal(7, exit);
        Assert.Contains("/dev/ttyNOSUCH not found: is the cable plugged in?", tool.Output);
    }
}
