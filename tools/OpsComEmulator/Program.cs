using OpsComEmulator;

// The OPSCOM controller emulator: dotnet run --project tools/OpsComEmulator [-- options]; --help lists them.
return await EmulatorCommand.Build(options => EmulatorCommand.ServeAsync(options)).Parse(args).InvokeAsync();
