namespace Meter.Core.Config
{
    /// <summary>A "key = value" line of a configuration file, with the section it sits in.</summary>
    public sealed class ConfigEntry
    {
        /// <summary>One "key = value" line of a section.</summary>
        public ConfigEntry(string section, string key, string value, int line)
        {
            Section = section;
            Key = key;
            Value = value;
            Line = line;
        }

        /// <summary>The [section] the entry is in ("?" before any section header).</summary>
        public string Section { get; private set; }

        /// <summary>The key, as written before '='.</summary>
        public string Key { get; private set; }

        /// <summary>The value after '=', trimmed, without its trailing comment.</summary>
        public string Value { get; private set; }

        /// <summary>The 1-based line number, for error messages.</summary>
        public int Line { get; private set; }

        /// <summary>Set once a section reader has taken the entry; whatever is left unused is an unknown key.</summary>
        public bool Used { get; set; }

        /// <summary>"section.key", as errors name it.</summary>
        public string FullKey
        {
            get { return Section + "." + Key; }
        }
    }
}
