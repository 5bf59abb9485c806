using MeterSim;

// The meter simulator: dotnet run --project tools/MeterSim [-- options]; --help lists them.
return await SimCommand.InvokeAsync(args, options => options.Script != null ? ScriptMode.RunAsync(options) : Interactive.RunAsync(options), Console.Error);
