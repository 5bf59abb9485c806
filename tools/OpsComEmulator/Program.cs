using OpsComEmulator;

// The OPSCOM controller emulator. Flags: --urls, --db, --client CODE=TOKEN[:PERMISSIONS] (repeatable), --faults SPEC.
EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

var app = EmulatorServer.Build(options, out _, out _);
Console.WriteLine($"OPSCOM emulator on {options.Urls}, database {options.Database}, clients {string.Join(", ", options.Tokens.Select(t => t.Client).Distinct())}");
await app.RunAsync();
return 0;
