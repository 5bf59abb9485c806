using MeterSim;

// The meter simulator: dotnet run --project tools/MeterSim [-- options]; --help lists them.
return await SimCommand.Build(options => options.Script != null ? ScriptMode.RunAsync(options) : Interactive.RunAsync(options))
    .Parse(args).InvokeAsync();
