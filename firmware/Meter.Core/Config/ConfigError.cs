namespace Meter.Core.Config
{
    /// <summary>One problem in a configuration file: where, which key, and why.</summary>
    public sealed class ConfigError
    {
        /// <summary>An error on a line (0: the file as a whole) and key.</summary>
        public ConfigError(int line, string key, string reason)
        {
            Line = line;
            Key = key;
            Reason = reason;
        }

        /// <summary>1-based line number; 0 when the problem is a missing key or a rule across sections.</summary>
        public int Line { get; private set; }

        /// <summary>"section.key", or the section alone.</summary>
        public string Key { get; private set; }

        /// <summary>Why the value was refused, in words a technician can act on.</summary>
        public string Reason { get; private set; }

        /// <summary>
        /// Where the problem is, for the OLED's out-of-service rows: "METER.CURRENCY LINE 7". The key comes
        /// first so that a long one pushes out the line number, not itself; the reason is on the console.
        /// </summary>
        public string Brief()
        {
            return (Key + (Line > 0 ? " line " + Line.ToString() : "")).ToUpper();
        }

        /// <summary>"line N: section.key: reason" (without the line part when the error has no line).</summary>
        public override string ToString()
        {
            return (Line > 0 ? "line " + Line.ToString() + ": " : "") + Key + ": " + Reason;
        }
    }
}
