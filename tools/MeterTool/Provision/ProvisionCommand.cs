using System.CommandLine;
using Spectre.Console;

namespace MeterTool.Provision;

/// <summary>
/// <c>provision --port PORT --target TARGET [--config DIR]</c>: a meter from blank to selling, each step
/// shown: the configuration checked first (a bad one never reaches a meter), the port checked, then with
/// nanoff the nanoFramework firmware flashed, the app deployed, and nf.config, secrets.config and the CA
/// certificate put on I:\ through a deployment file; finally the console asked for its status. A failing
/// step shows nanoff's output and stops the rest. --dry-run prints every command and file instead.
/// </summary>
public static class ProvisionCommand
{
    /// <summary>nanoff's ESP32 targets a classic ESP32 board can take (the meter is built on an ESP32-WROVER: PSRAM).</summary>
    public static readonly string[] Targets = { "ESP32_PSRAM_REV0", "ESP32_REV0", "ESP32_PSRAM_REV3", "ESP32_REV3", "ESP32_PSRAM_XTAL26_REV0", "ESP32_PICO" };

    /// <summary>The command, writing its progress to <paramref name="console"/>.</summary>
    public static Command Build(IAnsiConsole console)
    {
        var port = new Option<string>("--port") { Description = "the board's USB port for flashing (COM5, /dev/ttyUSB0)", Required = true };
        var target = new Option<string>("--target") { Description = "nanoff's firmware target: ESP32_PSRAM_REV0 for the meter's ESP32-WROVER (ESP32_REV0 without PSRAM)", Required = true };
        var config = new Option<string>("--config") { Description = "the folder with this meter's nf.config, secrets.config and CA certificate", DefaultValueFactory = _ => "." };
        var image = new Option<string>("--image") { Description = "the app image to deploy", DefaultValueFactory = _ => Path.Combine("firmware", "Meter.Esp32", "bin", "Release", "Meter.Esp32.bin") };
        var consolePort = new Option<string?>("--console-port") { Description = "the console's USB-serial cable: after flashing, ask the meter for its status there" };
        var baud = new Option<int>("--baud") { Description = "the console's speed ([console] baud)", DefaultValueFactory = _ => 115200 };
        var bootWait = new Option<int>("--boot-wait") { Description = "seconds to wait for the meter's console after the reset", DefaultValueFactory = _ => 60 };
        var dryRun = new Option<bool>("--dry-run") { Description = "print every command and file instead of running or writing them" };
        var command = new Command("provision", "Provision a meter: check its configuration, flash the firmware and the app with nanoff, put nf.config, secrets.config and the CA certificate on I:\\, then ask its console for status.")
        {
            port, target, config, image, consolePort, baud, bootWait, dryRun,
        };
        command.SetAction(parse => Run(console, new ProvisionRequest(parse.GetValue(port)!, parse.GetValue(target)!, parse.GetValue(config)!, parse.GetValue(image)!,
            parse.GetValue(consolePort), parse.GetValue(baud), TimeSpan.FromSeconds(parse.GetValue(bootWait)), parse.GetValue(dryRun))));
        return command;
    }

    /// <summary>Runs (or, dry, prints) every step; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, ProvisionRequest request)
    {
        var steps = new ProvisionSteps(console, request);
        return steps.Run();
    }
}
