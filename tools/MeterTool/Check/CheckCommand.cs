using System.CommandLine;
using Meter.Core.Config;
using Spectre.Console;

namespace MeterTool.Check;

/// <summary><c>check [nf.config] [--secrets FILE]</c>: the configuration as the meter will read it.</summary>
public static class CheckCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Build(IAnsiConsole console)
    {
        var config = new Argument<string?>("nf.config") { Description = "the meter's configuration (default: nf.config here)", Arity = ArgumentArity.ZeroOrOne };
        var secrets = new Option<string?>("--secrets") { Description = "the secrets file (default: secrets.config beside nf.config)" };
        var command = new Command("check", "Read nf.config and secrets.config with the meter's own reader: every error with its line, key and reason (exit 1), else the effective configuration, secrets masked (exit 0).")
        {
            config, secrets,
        };
        command.SetAction(parse => Run(console, parse.GetValue(config), parse.GetValue(secrets)));
        return command;
    }

    /// <summary>Checks the files and prints the outcome; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, string? configPath, string? secretsPath)
    {
        ConfigFiles files;
        try
        {
            files = ConfigFiles.ReadWithExampleSecrets(configPath, secretsPath);
        }
        catch (FileNotFoundException error)
        {
            console.MarkupLine("[red]error:[/] " + Markup.Escape(error.Message));
            return ExitCodes.Usage;
        }

        if (files.Config == null)
        {
            console.MarkupLine("[red]" + Markup.Escape(files.ConfigPath) + " has " + files.Errors.Count + " error(s):[/]");
            for (int i = 0; i < files.Errors.Count; i++)
            {
                console.WriteLine(files.Errors[i].ToString());
            }

            return ExitCodes.ConfigErrors;
        }

        if (files.UsedExample)
        {
            console.MarkupLine("note: no secrets.config beside it: nf.config was checked with secrets.example.config; a meter needs its own secrets.config before provisioning");
        }

        console.MarkupLine("[green]" + Markup.Escape(files.ConfigPath) + " is valid.[/] The effective configuration (defaults filled in, secrets masked):");
        console.WriteLine();
        console.Write(new Text(ConfigPrinter.Print(files.Config)));
        return ExitCodes.Ok;
    }
}
