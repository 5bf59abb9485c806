using System.Collections;

namespace Meter.Core.Config
{
    /// <summary>The problems found while reading a configuration; reading goes on past each so all are reported at once.</summary>
    public sealed class ConfigErrors
    {
        private readonly ArrayList _errors = new ArrayList();

        /// <summary>How many errors were found.</summary>
        public int Count
        {
            get { return _errors.Count; }
        }

        /// <summary>The error at <paramref name="index"/>, in the order found.</summary>
        public ConfigError this[int index]
        {
            get { return (ConfigError)_errors[index]; }
        }

        /// <summary>Records an error on a line (0: not tied to one line) and key ("section.key").</summary>
        public void Add(int line, string key, string reason)
        {
            _errors.Add(new ConfigError(line, key, reason));
        }

        /// <summary>All errors, one per line, for the console and the screen's detail view.</summary>
        public override string ToString()
        {
            string text = "";
            for (int i = 0; i < _errors.Count; i++)
            {
                text += _errors[i].ToString() + "\n";
            }

            return text;
        }
    }
}
