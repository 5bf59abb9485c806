using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Meter.Host.Terminal;
using Xunit;

namespace Tools.Tests;

/// <summary>
/// Ctrl-C ends every tool within a second, whatever it is waiting for: as a signal to the process group when it
/// runs from a script, as the key when it owns a terminal (run under <c>script</c>, which gives it one).
/// </summary>
public sealed class CtrlCTests : IDisposable
{
    private const int WithinMs = 1_000;
    private const int StartMs = 60_000;
    private readonly ScratchCheckout _scratch = new();

    [Fact]
    public void Emulator_Serving_EndsWithinASecond_AndSaysNothingWrong()
    {
        using var tool = Start("dotnet run --project tools/OpsComEmulator -- --db :memory: --urls http://127.0.0.1:" + FreePort());
        Assert.True(tool.WaitForOutput("OPSCOM emulator on", StartMs), tool.Output);

        AssertEndsWithinASecond(tool, tool.Interrupt);
        Assert.Equal(0, tool.ExitCode);
    }

    [Fact]
    public void FleetSim_MidDay_EndsWithinASecond()
    {
        using var tool = Start("dotnet run --project tools/FleetSim -- --meters 200 --plot " + Path.Combine(Folder, "fleet.png"));
        Assert.True(tool.WaitForOutput("simulated 01:00", StartMs), tool.Output);

        AssertEndsWithinASecond(tool, tool.Interrupt);
        Assert.False(File.Exists(Path.Combine(Folder, "fleet.png")));
    }

    [Fact]
    public void Bench_MidRun_EndsWithinASecond()
    {
        using var tool = Start("dotnet run --project tools/Bench -- fleet");
        Thread.Sleep(3000);
        Assert.False(tool.HasExited, tool.Output);

        AssertEndsWithinASecond(tool, tool.Interrupt);
    }

    [Fact]
    public void MeterSim_AtTheKeyboard_TheCtrlCKey_EndsItWithinASecond()
    {
        using var tool = Start(InATerminal("tools/MeterSim/bin/$METER_BUILD/net10.0/MeterSim.dll --data " + Folder + "/sim --console-port 0"));
        Assert.True(tool.WaitForOutput("OPSCOM emulator: http", StartMs), tool.Output);

        AssertEndsWithinASecond(tool, () => tool.Write("\u0003"));
        Assert.Equal(0, tool.ExitCode);
    }

    [Fact]
    public void MeterToolConsole_AtTheKeyboard_WithASilentMeter_TheCtrlCKey_EndsItWithinASecond()
    {
        using var meter = PseudoTerminal.Open();
        using var tool = Start(InATerminal("tools/MeterTool/bin/$METER_BUILD/net10.0/MeterTool.dll console " + meter.Path));
        Assert.True(tool.WaitForOutput("Ctrl-C leaves", StartMs), tool.Output);

        AssertEndsWithinASecond(tool, () => tool.Write("\u0003"));
    }

    [Fact]
    public async Task MeterToolConsoleRun_WaitingForASilentMeter_EndsWithinASecond()
    {
        using var meter = PseudoTerminal.Open();
        using var tool = Start("MeterTool console " + meter.Path + " --run status");
        await WaitUntilRead(meter.Master);

        AssertEndsWithinASecond(tool, tool.Interrupt);
    }

    [Fact]
    public async Task MeterToolOpsCom_WaitingForAHungOpsCom_EndsWithinASecond()
    {
        var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        try
        {
            int port = ((IPEndPoint)hung.LocalEndpoint).Port;
            using var tool = Start("MeterTool opscom --token t --client OC-TOMA --base-url http://127.0.0.1:" + port + " permits stats");
            using var connection = await hung.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromMilliseconds(StartMs));
            Thread.Sleep(300); // the request is written and the tool waits for an answer that never comes

            AssertEndsWithinASecond(tool, tool.Interrupt);
        }
        finally
        {
            hung.Stop();
        }
    }

    private string Folder => _scratch.Folder;

    public void Dispose() => _scratch.Dispose();

    private static void AssertEndsWithinASecond(ToolProcess tool, Action ctrlC)
    {
        Assert.False(tool.HasExited, "ended before Ctrl-C:\n" + tool.Output);
        var clock = Stopwatch.StartNew();
        ctrlC();
        bool ended = tool.WaitForExit(WithinMs);
        Assert.True(ended, "still running " + WithinMs + " ms after Ctrl-C:\n" + tool.Output);
        Assert.False(ToolShell.HasStackTrace(tool.Output), tool.Output);
    }

    // A terminal of 100x40 for a tool that draws or edits lines: `script` runs it on a pseudo-terminal fed by our input.
    private static string InATerminal(string dll) =>
        "script -qfec 'stty cols 100 rows 40; exec dotnet \"$METER_REPO\"/" + dll + "' /dev/null";

    private ToolProcess Start(string command) => ToolProcess.Start(command + "\n", Folder);

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // The tool has opened the port and sent its first command: it is now waiting for the meter.
    private static async Task WaitUntilRead(FileStream master)
    {
        var buffer = new byte[64];
        await master.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromMilliseconds(StartMs));
    }
}
