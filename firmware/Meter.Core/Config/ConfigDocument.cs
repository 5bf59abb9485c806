using System.Collections;

namespace Meter.Core.Config
{
    /// <summary>
    /// The line format a technician edits by hand: "[section]" headers, "key = value" lines, and "#"
    /// comments (whole lines, or after white space at the end of a line). Parsed with IndexOf/Substring,
    /// which run natively on the device, instead of a loop over every character.
    /// </summary>
    public sealed class ConfigDocument
    {
        /// <summary>Bounds that keep a bad or hostile file from exhausting the device's heap.</summary>
        public const int MaximumBytes = 16384;
        /// <summary>Longest line read, characters: a longer one is an error, not read.</summary>
        public const int MaximumLineLength = 200;
        /// <summary>Most "key = value" entries a file may hold.</summary>
        public const int MaximumEntries = 200;

        private readonly ArrayList _entries = new ArrayList();

        private ConfigDocument()
        {
        }

        /// <summary>How many entries the file holds.</summary>
        public int Count
        {
            get { return _entries.Count; }
        }

        /// <summary>The entry at <paramref name="index"/>, in file order.</summary>
        public ConfigEntry this[int index]
        {
            get { return (ConfigEntry)_entries[index]; }
        }

        /// <summary>Reads the text; problems of form go to <paramref name="errors"/> and their lines are skipped.</summary>
        public static ConfigDocument Parse(string text, ConfigErrors errors)
        {
            var document = new ConfigDocument();
            if (text == null)
            {
                errors.Add(0, "file", "missing");
                return document;
            }

            if (text.Length > MaximumBytes)
            {
                errors.Add(0, "file", "larger than " + MaximumBytes.ToString() + " characters");
                return document;
            }

            string section = null;
            int lineNumber = 0;
            int position = 0;
            while (position < text.Length)
            {
                int newline = text.IndexOf('\n', position);
                int end = newline < 0 ? text.Length : newline;
                string line = text.Substring(position, end - position);
                position = end + 1;
                lineNumber++;
                if (line.Length > MaximumLineLength)
                {
                    errors.Add(lineNumber, section == null ? "file" : section, "line longer than " + MaximumLineLength.ToString() + " characters");
                    continue;
                }

                line = StripComment(line).Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line[0] == '[')
                {
                    section = ReadSection(line, lineNumber, errors);
                    continue;
                }

                document.AddEntry(section, line, lineNumber, errors);
            }

            return document;
        }

        private void AddEntry(string section, string line, int lineNumber, ConfigErrors errors)
        {
            int equals = line.IndexOf('=');
            string key = equals < 0 ? line : line.Substring(0, equals).Trim();
            if (section == null)
            {
                errors.Add(lineNumber, key, "comes before any [section]");
                return;
            }

            if (equals < 0)
            {
                errors.Add(lineNumber, section + "." + key, "expected 'key = value'");
                return;
            }

            if (!IsName(key))
            {
                errors.Add(lineNumber, section + "." + key, "a key is lower-case letters, digits and '_'");
                return;
            }

            if (_entries.Count >= MaximumEntries)
            {
                errors.Add(lineNumber, section + "." + key, "more than " + MaximumEntries.ToString() + " settings");
                return;
            }

            _entries.Add(new ConfigEntry(section, key, line.Substring(equals + 1).Trim(), lineNumber));
        }

        private static string ReadSection(string line, int lineNumber, ConfigErrors errors)
        {
            string name = line.Length > 2 && line[line.Length - 1] == ']' ? line.Substring(1, line.Length - 2).Trim() : "";
            if (!IsName(name))
            {
                errors.Add(lineNumber, line, "a section header is '[name]' with a lower-case name");
                return "?";
            }

            return name;
        }

        private static string StripComment(string line)
        {
            if (line.TrimStart().StartsWith("#"))
            {
                return "";
            }

            int hash = line.IndexOf(" #");
            int tabHash = line.IndexOf("\t#");
            if (tabHash >= 0 && (hash < 0 || tabHash < hash))
            {
                hash = tabHash;
            }

            return hash < 0 ? line : line.Substring(0, hash);
        }

        private static bool IsName(string text)
        {
            if (text.Length == 0 || text.Length > 40)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
