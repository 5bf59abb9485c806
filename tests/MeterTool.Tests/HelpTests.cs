using System.CommandLine;
using Spectre.Console;
using Xunit;

namespace MeterTool.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        var root = MeterToolCommand.Build(AnsiConsole.Console, () => new HttpClient());
        foreach (string path in Paths(root, ""))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommand_HasHelp_AndADescription(string path)
    {
        var root = MeterToolCommand.Build(AnsiConsole.Console, () => new HttpClient());
        var command = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Aggregate((Command)root, (c, name) => c.Subcommands.Single(s => s.Name == name));
        var output = new StringWriter();

        int exit = await root.Parse(path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray()).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(command.Description), path + " has no description");
        Assert.Contains("Usage:", output.ToString());
    }

    private static IEnumerable<string> Paths(Command command, string prefix)
    {
        yield return prefix.Trim();
        foreach (var child in command.Subcommands)
        {
            foreach (string path in Paths(child, prefix + " " + child.Name))
            {
                yield return path;
            }
        }
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("check", "--bogus")]
    [InlineData("console")]
    [InlineData("console", "/dev/null", "--timeout", "soon")]
    [InlineData("frobnicate")]
    public async Task AMistakeOnTheCommandLine_IsOneLine_Exit2(params string[] args)
    {
        var tool = new ToolRun();

        int exit = await tool.RunAsync(args);

        Assert.True(exit == 2, tool.Output);
        Assert.StartsWith("error: ", tool.Output);
        Assert.Single(tool.Output.TrimEnd().Split('\n'));
    }
}
