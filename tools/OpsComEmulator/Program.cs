using OpsComEmulator;

// The OPSCOM controller emulator: dotnet run --project tools/OpsComEmulator [-- options]; --help lists them.
return await EmulatorCommand.InvokeAsync(args, (options, stop) => EmulatorCommand.ServeAsync(options, stop), Console.Error);
