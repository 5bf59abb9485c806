using System.Collections;
using Meter.Core.Time;

namespace Meter.Core.Config
{
    /// <summary>
    /// Typed access to one section of a <see cref="ConfigDocument"/>. Each getter validates, records a
    /// <see cref="ConfigError"/> naming the line, key and reason, and returns the default so reading can go on.
    /// </summary>
    public sealed class SectionReader
    {
        private readonly ConfigDocument _document;
        private readonly string _section;
        private readonly ConfigErrors _errors;

        /// <summary>Reads <paramref name="section"/> of <paramref name="document"/>, adding what is wrong to <paramref name="errors"/>.</summary>
        public SectionReader(ConfigDocument document, string section, ConfigErrors errors)
        {
            _document = document;
            _section = section;
            _errors = errors;
        }

        /// <summary>The section's name, without brackets.</summary>
        public string Section
        {
            get { return _section; }
        }

        /// <summary>Reports an error against a key of this section (line 0: not tied to one line).</summary>
        public void Error(int line, string key, string reason)
        {
            _errors.Add(line, _section + "." + key, reason);
        }

        /// <summary>Reports an error against a declared key (line 0: not tied to one line).</summary>
        public void Error(int line, ConfigKey key, string reason)
        {
            Error(line, key.Name, reason);
        }

        /// <summary>The single entry for a key, or null (after reporting when it is required). A repeated key is an error.</summary>
        public ConfigEntry Entry(ConfigKey key)
        {
            return Entry(key.Name, key.Required);
        }

        /// <summary>Every entry of a key that may repeat (rate bands, coins, holidays), in file order.</summary>
        public ConfigEntry[] All(ConfigKey key)
        {
            return All(key.Name);
        }

        /// <summary>The line of a key's first entry, or 0 when absent: where a rule across keys reports.</summary>
        public int LineOf(ConfigKey key)
        {
            ConfigEntry[] entries = All(key.Name);
            return entries.Length == 0 ? 0 : entries[0].Line;
        }

        /// <summary>Text within the key's length, without characters the device cannot hold; "" when absent or wrong.</summary>
        public string Text(ConfigKey key)
        {
            return Text(key.Name, key.Required, "", key.Maximum);
        }

        /// <summary>A whole number within the key's range; its default when absent or wrong.</summary>
        public int Int(ConfigKey key)
        {
            return Int(key, key.Default);
        }

        /// <summary>A whole number within the key's range; <paramref name="fallback"/> when absent or wrong (a default computed from other keys).</summary>
        public int Int(ConfigKey key, int fallback)
        {
            return Int(key.Name, key.Required, fallback, key.Minimum, key.Maximum);
        }

        /// <summary>An amount in cents within the key's maximum; 0 when absent or wrong.</summary>
        public long Cents(ConfigKey key)
        {
            return Cents(key.Name, key.Required, 0, key.Maximum);
        }

        /// <summary>The index of the key's choice; its default's when absent or wrong.</summary>
        public int Choice(ConfigKey key)
        {
            ConfigEntry entry = Entry(key);
            if (entry == null)
            {
                return key.Default;
            }

            for (int i = 0; i < key.Choices.Length; i++)
            {
                if (entry.Value == key.Choices[i])
                {
                    return i;
                }
            }

            Error(entry.Line, key, "must be " + key.Range + " (" + key.Help + ")");
            return key.Default;
        }

        private ConfigEntry Entry(string key, bool required)
        {
            ConfigEntry found = null;
            for (int i = 0; i < _document.Count; i++)
            {
                ConfigEntry entry = _document[i];
                if (entry.Section != _section || entry.Key != key)
                {
                    continue;
                }

                entry.Used = true;
                if (found != null)
                {
                    Error(entry.Line, key, "set twice (first on line " + found.Line.ToString() + ")");
                    continue;
                }

                found = entry;
            }

            if (found == null && required)
            {
                Error(0, key, "missing");
            }

            return found;
        }

        private ConfigEntry[] All(string key)
        {
            ArrayList list = new ArrayList();
            for (int i = 0; i < _document.Count; i++)
            {
                ConfigEntry entry = _document[i];
                if (entry.Section == _section && entry.Key == key)
                {
                    entry.Used = true;
                    list.Add(entry);
                }
            }

            return (ConfigEntry[])list.ToArray(typeof(ConfigEntry));
        }

        private string Text(string key, bool required, string fallback, int maximumLength)
        {
            ConfigEntry entry = Entry(key, required);
            if (entry == null)
            {
                return fallback;
            }

            if (entry.Value.Length == 0 && required)
            {
                Error(entry.Line, key, "empty");
                return fallback;
            }

            if (entry.Value.Length > maximumLength)
            {
                Error(entry.Line, key, "longer than " + maximumLength.ToString() + " characters");
                return fallback;
            }

            string unheld = UnheldCharacter(entry.Value);
            if (unheld != null)
            {
                Error(entry.Line, key, unheld);
                return fallback;
            }

            return entry.Value;
        }

        // The device runtime cuts strings at U+0000 and reads each half of a surrogate pair as the high one
        // (an emoji becomes two U+FFFD): text it cannot hold is refused here rather than mangled there.
        private static string UnheldCharacter(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < ' ' || c == (char)0x7F)
                {
                    return "control character (code " + ((int)c).ToString() + ") at position " + (i + 1).ToString() + ": the meter cannot hold it";
                }

                if (c >= (char)0xD800 && c <= (char)0xDFFF)
                {
                    return "character beyond U+FFFF (emoji or similar) at position " + (i + 1).ToString() + ": the meter cannot hold it";
                }
            }

            return null;
        }

        private int Int(string key, bool required, int fallback, int minimum, int maximum)
        {
            ConfigEntry entry = Entry(key, required);
            if (entry == null)
            {
                return fallback;
            }

            int value;
            if (!ConfigValues.TryParseInt(entry.Value, out value) || value < minimum || value > maximum)
            {
                Error(entry.Line, key, "must be a whole number from " + minimum.ToString() + " to " + maximum.ToString());
                return fallback;
            }

            return value;
        }

        private long Cents(string key, bool required, long fallback, long maximum)
        {
            ConfigEntry entry = Entry(key, required);
            if (entry == null)
            {
                return fallback;
            }

            long cents;
            if (!Money.Cents.TryParse(entry.Value, out cents) || cents > maximum)
            {
                Error(entry.Line, key, "must be an amount like 2.50, at most " + Money.Cents.Format(maximum));
                return fallback;
            }

            return cents;
        }

        /// <summary>"HH:mm" as minutes after midnight.</summary>
        public int Clock(ConfigEntry entry, string text)
        {
            int minutes;
            if (!TimeText.TryParseClock(text, out minutes))
            {
                Error(entry.Line, entry.Key, "'" + text + "' is not a time HH:mm from 00:00 to 24:00");
                return -1;
            }

            return minutes;
        }
    }
}
