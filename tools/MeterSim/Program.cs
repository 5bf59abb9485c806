using MeterSim;

// The meter simulator: dotnet run --project tools/MeterSim [-- options]; see SimOptions.Usage.
SimOptions options;
try
{
    options = SimOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message.Length > 0 ? error.Message + "\n" + SimOptions.Usage : SimOptions.Usage);
    return 2;
}

if (options.Script != null)
{
    return await ScriptMode.RunAsync(options);
}

return await Interactive.RunAsync(options);
