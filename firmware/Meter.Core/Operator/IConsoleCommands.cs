namespace Meter.Core.Operator
{
    /// <summary>What answers the console's lines: the operator console, or, on a meter whose nf.config did not read, the list of its errors.</summary>
    public interface IConsoleCommands
    {
        /// <summary>The first line a connecting operator sees (ends with a newline).</summary>
        string Greeting { get; }

        /// <summary>Answers one line (without its line ending). The answer ends with a newline, or is empty.</summary>
        string Execute(ConsoleSession session, string line, long nowUtcMs);
    }
}
