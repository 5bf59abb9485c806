namespace Meter.Core.Config
{
    /// <summary>A "key = value" line of a configuration file, with the section it sits in.</summary>
    public sealed class ConfigEntry
    {
        public ConfigEntry(string section, string key, string value, int line)
        {
            Section = section;
            Key = key;
            Value = value;
            Line = line;
        }

        public string Section { get; private set; }

        public string Key { get; private set; }

        public string Value { get; private set; }

        public int Line { get; private set; }

        /// <summary>Set once a section reader has taken the entry; whatever is left unused is an unknown key.</summary>
        public bool Used { get; set; }

        public string FullKey
        {
            get { return Section + "." + Key; }
        }
    }
}
