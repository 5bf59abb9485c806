using FleetSim;
using Spectre.Console;

// The fleet simulator: dotnet run -c Release --project tools/FleetSim -- [options]; --help lists them.
return await FleetCommand.InvokeAsync(args, AnsiConsole.Console, Console.Error);
