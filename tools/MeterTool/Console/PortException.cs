namespace MeterTool.Console;

/// <summary>A serial port that is missing or cannot be opened, with a message a technician can act on.</summary>
public sealed class PortException(string message) : Exception(message);
