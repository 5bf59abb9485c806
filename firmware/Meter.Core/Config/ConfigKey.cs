namespace Meter.Core.Config
{
    /// <summary>
    /// One nf.config (or secrets.config) key, declared once in <see cref="ConfigSchema"/> with its kind,
    /// whether it must be there or may repeat, its default, its range and a line of help. The reader
    /// reads through it, its errors quote its range, the printer writes its name, and a test holds the
    /// committed nf.config to documenting its range.
    /// </summary>
    public sealed class ConfigKey
    {
        private ConfigKey(string section, string name, ConfigKind kind, bool required, bool repeats, int minimum, int maximum, int fallback,
            string[] choices, string format, string help)
        {
            Section = section;
            Name = name;
            Kind = kind;
            Required = required;
            Repeats = repeats;
            Minimum = minimum;
            Maximum = maximum;
            Default = fallback;
            Choices = choices;
            Format = format;
            Help = help;
        }

        /// <summary>The [section] the key belongs to.</summary>
        public string Section { get; private set; }

        /// <summary>The key as written before '='.</summary>
        public string Name { get; private set; }

        /// <summary>"section.name", as errors name it.</summary>
        public string FullName
        {
            get { return Section + "." + Name; }
        }

        /// <summary>What sort of value it takes.</summary>
        public ConfigKind Kind { get; private set; }

        /// <summary>True when the file must set it (a missing required key is an error).</summary>
        public bool Required { get; private set; }

        /// <summary>True for keys written once per item (rate bands, coins, holidays).</summary>
        public bool Repeats { get; private set; }

        /// <summary>Smallest whole number (Integer).</summary>
        public int Minimum { get; private set; }

        /// <summary>Largest whole number (Integer), length (Text, Code) or cents (Amount).</summary>
        public int Maximum { get; private set; }

        /// <summary>The value used when an optional Integer is absent, or the index of the default choice.</summary>
        public int Default { get; private set; }

        /// <summary>The words a Choice takes, in order; null for other kinds.</summary>
        public string[] Choices { get; private set; }

        /// <summary>The syntax of a Formatted value, in words, e.g. "HH:mm PRICE/MINUTES"; null for other kinds.</summary>
        public string Format { get; private set; }

        /// <summary>One line saying what the key is for.</summary>
        public string Help { get; private set; }

        /// <summary>What values it takes, in words ("1000-60000", "utc or local", "up to 200 characters").</summary>
        public string Range
        {
            get
            {
                switch (Kind)
                {
                    case ConfigKind.Integer:
                        return Minimum.ToString() + "-" + Maximum.ToString();
                    case ConfigKind.Text:
                        return "up to " + Maximum.ToString() + " characters";
                    case ConfigKind.Choice:
                        return ChoiceList(" or ");
                    case ConfigKind.Amount:
                        return "0.00-" + Money.Cents.Format(Maximum);
                    case ConfigKind.Code:
                        return "1-" + Maximum.ToString() + " letters, digits, '-' or '_'";
                    case ConfigKind.Url:
                        return "http:// or https:// address without a trailing '/'";
                    default:
                        return Format;
                }
            }
        }

        /// <summary>The choices joined by <paramref name="separator"/>, e.g. "utc or local".</summary>
        public string ChoiceList(string separator)
        {
            string list = "";
            for (int i = 0; i < Choices.Length; i++)
            {
                list += (i == 0 ? "" : i == Choices.Length - 1 ? separator : ", ") + Choices[i];
            }

            return list;
        }

        /// <summary>A whole number with a default; <paramref name="required"/> keys have none to fall back on.</summary>
        public static ConfigKey Integer(string section, string name, bool required, int fallback, int minimum, int maximum, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Integer, required, false, minimum, maximum, fallback, null, null, help);
        }

        /// <summary>Free text of at most <paramref name="maximumLength"/> characters.</summary>
        public static ConfigKey Text(string section, string name, bool required, int maximumLength, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Text, required, false, 0, maximumLength, 0, null, null, help);
        }

        /// <summary>One of <paramref name="choices"/>; <paramref name="fallback"/> is the default's index.</summary>
        public static ConfigKey Choice(string section, string name, bool required, int fallback, string[] choices, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Choice, required, false, 0, choices.Length - 1, fallback, choices, null, help);
        }

        /// <summary>An amount of money up to <paramref name="maximumCents"/>.</summary>
        public static ConfigKey Amount(string section, string name, bool required, int maximumCents, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Amount, required, false, 0, maximumCents, 0, null, null, help);
        }

        /// <summary>An identifier of letters, digits, '-' and '_'.</summary>
        public static ConfigKey Code(string section, string name, bool required, int maximumLength, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Code, required, false, 1, maximumLength, 0, null, null, help);
        }

        /// <summary>A web address.</summary>
        public static ConfigKey Url(string section, string name, bool required, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Url, required, false, 0, 200, 0, null, null, help);
        }

        /// <summary>A value with its own syntax (<paramref name="format"/>); <paramref name="repeats"/> when written once per item.</summary>
        public static ConfigKey Formatted(string section, string name, bool required, bool repeats, string format, string help)
        {
            return new ConfigKey(section, name, ConfigKind.Formatted, required, repeats, 0, 0, 0, null, format, help);
        }
    }
}
