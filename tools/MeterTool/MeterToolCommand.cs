using System.CommandLine;
using MeterTool.Check;
using MeterTool.OpsCom;
using Spectre.Console;

namespace MeterTool;

/// <summary>The tool's command line (System.CommandLine: --help on every command; a mistake is one line and exit 2).</summary>
public static class MeterToolCommand
{
    /// <summary>Every command, writing to <paramref name="console"/>; <paramref name="http"/> makes OPSCOM's HTTP clients.</summary>
    /// <summary>Parses and runs; a mistake on the command line is one line on <paramref name="error"/> and exit 2, not the whole help.</summary>
    public static Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter error) =>
        Meter.Tools.CommandLineMistakes.InvokeAsync(root.Parse(args), error);

    public static RootCommand Build(IAnsiConsole console, Func<HttpClient> http) =>
        Build(console, http, () => System.Console.ReadKey(intercept: true), System.Console.Out, System.Console.In);

    /// <summary>As above, with the keyboard, terminal output and standard input given (tests script them).</summary>
    public static RootCommand Build(IAnsiConsole console, Func<HttpClient> http, Func<ConsoleKeyInfo> readKey, TextWriter output, TextReader input)
    {
        return new RootCommand("MeterTool: check a meter's configuration, provision a meter, talk to its console, call OPSCOM.")
        {
            CheckCommand.Build(console),
            Console.ConsoleCommand.Build(console, readKey, output, input),
            Provision.ProvisionCommand.Build(console),
            OpsComCommand.Build(console, http),
        };
    }
}
