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

        public SectionReader(ConfigDocument document, string section, ConfigErrors errors)
        {
            _document = document;
            _section = section;
            _errors = errors;
        }

        public string Section
        {
            get { return _section; }
        }

        /// <summary>Reports an error against a key of this section (line 0: not tied to one line).</summary>
        public void Error(int line, string key, string reason)
        {
            _errors.Add(line, _section + "." + key, reason);
        }

        /// <summary>The single entry for a key, or null (after reporting when required). A repeated key is an error.</summary>
        public ConfigEntry Entry(string key, bool required)
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

        /// <summary>Every entry of a key that may repeat (rate bands, coins, holidays), in file order.</summary>
        public ConfigEntry[] All(string key)
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

        public string Text(string key, bool required, string fallback, int maximumLength)
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

        public int Int(string key, bool required, int fallback, int minimum, int maximum)
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

        public long Cents(string key, bool required, long fallback, long maximum)
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

        /// <summary>One of a fixed set of words; returns its index.</summary>
        public int Choice(string key, bool required, int fallback, string[] choices)
        {
            ConfigEntry entry = Entry(key, required);
            if (entry == null)
            {
                return fallback;
            }

            for (int i = 0; i < choices.Length; i++)
            {
                if (entry.Value == choices[i])
                {
                    return i;
                }
            }

            string list = "";
            for (int i = 0; i < choices.Length; i++)
            {
                list += (i == 0 ? "" : ", ") + choices[i];
            }

            Error(entry.Line, key, "must be one of: " + list);
            return fallback;
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
