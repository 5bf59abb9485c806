using Meter.Core.Operator;

namespace MeterSim;

/// <summary>Console lines for the meter running now: a power cut in the simulator builds a new console, and a connection outlives it.</summary>
public sealed class CurrentMeterCommands(Func<MeterSimulation> meter) : IConsoleCommands
{
    public string Greeting => meter().Commands.Greeting;

    public string Execute(ConsoleSession session, string line, long nowUtcMs) => meter().Commands.Execute(session, line, nowUtcMs);
}
