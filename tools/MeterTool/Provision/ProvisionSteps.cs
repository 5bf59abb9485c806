using MeterTool.Check;
using MeterTool.Console;
using Spectre.Console;

namespace MeterTool.Provision;

/// <summary>The provisioning steps in order, each announced, each able to stop the rest.</summary>
public sealed class ProvisionSteps(IAnsiConsole console, ProvisionRequest request)
{
    private const int StepCount = 6;
    private int _step;

    /// <summary>Runs every step; returns the exit code of the first that fails, or 0.</summary>
    public int Run()
    {
        Step("Check the configuration");
        string folder = Path.GetFullPath(request.ConfigFolder);
        ConfigFiles files;
        try
        {
            files = ConfigFiles.Read(Path.Combine(folder, "nf.config"), Path.Combine(folder, "secrets.config"));
        }
        catch (FileNotFoundException error)
        {
            return Fail(ExitCodes.Usage, error.Message);
        }

        if (files.Config == null)
        {
            for (int i = 0; i < files.Errors.Count; i++)
            {
                console.WriteLine("  " + files.Errors[i]);
            }

            return Fail(ExitCodes.ConfigErrors, files.ConfigPath + " has " + files.Errors.Count + " error(s): nothing was sent to the meter");
        }

        var deployed = new List<(string Destination, string Source)> { ("I:\\nf.config", files.ConfigPath), ("I:\\secrets.config", files.SecretsPath) };
        string rootCa = files.Config.OpsCom.RootCaPath;
        if (rootCa.Length > 0)
        {
            string local = Path.Combine(folder, rootCa[(rootCa.LastIndexOf('\\') + 1)..]);
            if (!File.Exists(local))
            {
                return Fail(ExitCodes.ConfigErrors, "nf.config's root_ca is " + rootCa + ": put that certificate (PEM) in " + folder + " as " + Path.GetFileName(local));
            }

            deployed.Add((rootCa, local));
            string pem = File.ReadAllText(local);
            if (!pem.Contains("-----BEGIN CERTIFICATE-----") || pem.Length < 400)
            {
                Warn(Path.GetFileName(local) + " does not look like a real CA certificate (a PEM of one is over 400 characters): HTTPS to OPSCOM will fail with it");
            }
        }

        // The example's placeholders would flash a meter that can never sync, or that anyone can operate.
        if (files.Config.Secrets.ApiToken.Contains("YOUR-", StringComparison.OrdinalIgnoreCase))
        {
            Warn("secrets.config still has the example's API token (" + files.Config.Secrets.ApiToken + "): the meter would never reach OPSCOM");
        }

        if (files.Config.Secrets.TechnicianPin == "0000")
        {
            Warn("secrets.config still has the example's technician PIN 0000: choose the meter's own");
        }

        if (!ProvisionCommand.Targets.Contains(request.Target))
        {
            return Fail(ExitCodes.Usage, "--target " + request.Target + " is not a classic ESP32 target; the meter's ESP32-WROVER takes ESP32_PSRAM_REV0 (all: " + string.Join(", ", ProvisionCommand.Targets) + ")");
        }

        string image = Path.GetFullPath(request.Image);
        if (!File.Exists(image))
        {
            if (!request.DryRun)
            {
                return Fail(ExitCodes.Usage, "app image " + image + " not found: build Meter.Esp32 in Release (README, Flash a real meter) or give --image FILE");
            }

            Warn("app image " + image + " not found: a real run would stop here");
        }

        Done("meter " + files.Config.Meter.Id + ", " + deployed.Count + " files for I:\\");

        Step("Check the port " + request.Port);
        if (request.DryRun)
        {
            Done("not checked (dry run)");
        }
        else
        {
            try
            {
                SerialLink.Open(request.Port, 115200).Dispose();
            }
            catch (PortException error)
            {
                return Fail(ExitCodes.PortProblem, error.Message);
            }

            Done("free");
        }

        var nanoff = Nanoff.Find();
        if (nanoff == null && !request.DryRun)
        {
            return Fail(ExitCodes.StepFailed, "nanoff not found on PATH: " + Nanoff.InstallHint);
        }

        string deployment = Path.Combine(folder, "deploy.json");
        string deploymentJson = DeploymentFile.Write(request.Port, deployed);
        var commands = new[]
        {
            ("Flash the nanoFramework firmware (" + request.Target + ")", new[] { "--update", "--target", request.Target, "--serialport", request.Port }),
            ("Deploy the app", new[] { "--target", request.Target, "--serialport", request.Port, "--deploy", "--image", image }),
            ("Put nf.config, secrets.config and the CA certificate on I:\\", new[] { "--nanodevice", "--serialport", request.Port, "--filedeployment", deployment, "--reset" }),
        };
        foreach (var (title, arguments) in commands)
        {
            Step(title);
            if (arguments.Contains("--filedeployment"))
            {
                if (request.DryRun)
                {
                    console.WriteLine("  would write " + deployment + ":");
                    console.Write(new Text(deploymentJson + "\n"));
                }
                else
                {
                    File.WriteAllText(deployment, deploymentJson);
                }
            }

            console.Write(new Text("  " + (request.DryRun ? "would run: " : "") + "nanoff " + string.Join(" ", arguments.Select(Quote)) + "\n"));
            if (request.DryRun)
            {
                continue;
            }

            var (exitCode, output) = nanoff!.Run(arguments);
            if (exitCode != 0)
            {
                console.Write(new Text(Indent(output)));
                return Fail(ExitCodes.StepFailed, "nanoff failed (exit " + exitCode + "); the steps after this one were not run");
            }

            Done("done");
        }

        return CheckConsole();
    }

    private int CheckConsole()
    {
        Step("Ask the meter's console for its status");
        if (request.ConsolePort == null)
        {
            Done("skipped: give --console-port (the USB-serial cable) to see the meter come up");
            return ExitCodes.Ok;
        }

        if (request.DryRun)
        {
            console.WriteLine("  would run: status on " + request.ConsolePort + " at " + request.Baud + " baud");
            return ExitCodes.Ok;
        }

        try
        {
            using var link = SerialLink.Open(request.ConsolePort, request.Baud);
            var conversation = new ConsoleConversation(link);
            string? status = conversation.WakeUp(request.BootWait) == null ? null : conversation.Send("status", TimeSpan.FromSeconds(10));
            if (status == null)
            {
                return Fail(ExitCodes.NoConsole, "the console on " + request.ConsolePort + " did not answer within " + request.BootWait.TotalSeconds
                    + " s: check the cable (TX/RX crossed?), [console] port and baud, and the meter's screen");
            }

            console.Write(new Text(Indent(status)));
            Done(status.Contains("OUT OF SERVICE") || status.Contains("INVALID CONFIG") ? "up, but out of service: see above" : "the meter is up");
            return ExitCodes.Ok;
        }
        catch (Exception error) when (error is PortException or IOException)
        {
            return Fail(ExitCodes.PortProblem, error.Message);
        }
    }

    private void Step(string title) => console.MarkupLine("[bold][[" + ++_step + "/" + StepCount + "]][/] " + Markup.Escape(title));

    private void Done(string what) => console.MarkupLine("  [green]ok[/] " + Markup.Escape(what));

    private void Warn(string what) => console.MarkupLine("  [yellow]warning:[/] " + Markup.Escape(what));

    private int Fail(int exitCode, string message)
    {
        console.MarkupLine("  [red]failed:[/] " + Markup.Escape(message));
        return exitCode;
    }

    private static string Quote(string argument) => argument.Contains(' ') ? "\"" + argument + "\"" : argument;

    private static string Indent(string text) => string.Join("\n", text.TrimEnd().Split('\n').Select(l => "  | " + l.TrimEnd('\r'))) + "\n";
}
