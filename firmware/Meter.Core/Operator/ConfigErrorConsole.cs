namespace Meter.Core.Operator
{
    /// <summary>
    /// The console of a meter whose nf.config (or secrets.config) did not read: it cannot sell, so the
    /// console has one job, to say why. Every line is answered with the errors, one a line, and how to fix them.
    /// </summary>
    public sealed class ConfigErrorConsole : IConsoleCommands
    {
        private readonly string _errors;

        /// <param name="errors">The reader's errors, one a line.</param>
        public ConfigErrorConsole(string errors)
        {
            _errors = errors.Length > 0 && errors[errors.Length - 1] == '\n' ? errors : errors + "\n";
        }

        /// <summary>Says the meter is out of service, and why.</summary>
        public string Greeting
        {
            get { return "meter OUT OF SERVICE: its configuration has errors ('help' repeats them)\n" + _errors; }
        }

        /// <summary>Answers any line with the errors (an empty line with nothing).</summary>
        public string Execute(ConsoleSession session, string line, long nowUtcMs)
        {
            return line.Trim().Length == 0 ? "" : "OUT OF SERVICE, the configuration has errors:\n" + _errors
                + "fix nf.config / secrets.config and deploy them again (the meter reads them at boot)\n";
        }
    }
}
