using MeterTool;
using Spectre.Console;

// MeterTool: dotnet run --project tools/MeterTool -- COMMAND [options]; --help lists the commands.
return await MeterToolCommand.InvokeAsync(MeterToolCommand.Build(AnsiConsole.Console, () => new HttpClient()), args, Console.Error);
