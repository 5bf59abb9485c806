namespace MeterTool.Provision;

/// <summary>What <c>provision</c> was asked to do.</summary>
/// <param name="Port">The board's USB port for flashing.</param>
/// <param name="Target">nanoff's firmware target.</param>
/// <param name="ConfigFolder">The folder with nf.config, secrets.config and the CA certificate.</param>
/// <param name="Image">The app image.</param>
/// <param name="ConsolePort">The console's serial port, or null to skip the status check.</param>
/// <param name="Baud">The console's speed.</param>
/// <param name="BootWait">How long the meter may take to answer on its console after the reset.</param>
/// <param name="DryRun">Print instead of run.</param>
public sealed record ProvisionRequest(string Port, string Target, string ConfigFolder, string Image, string? ConsolePort, int Baud, TimeSpan BootWait, bool DryRun);
