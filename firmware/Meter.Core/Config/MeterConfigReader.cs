using Meter.Core.Journal;
using Meter.Core.Tariffs;
using Meter.Core.Money;

namespace Meter.Core.Config
{
    /// <summary>
    /// Reads nf.config and the secrets file into a <see cref="MeterConfig"/>. Every problem is reported with
    /// its line, key and reason; unknown sections and keys are errors (a typo must not silently fall back
    /// to a default); rules across fields are checked. Any error means no configuration: the meter then
    /// stays out of service rather than sell under settings nobody wrote.
    /// </summary>
    public static class MeterConfigReader
    {
        /// <summary>Returns the configuration, or null with <paramref name="errors"/> filled.</summary>
        public static MeterConfig Read(string configText, string secretsText, ConfigErrors errors)
        {
            ConfigDocument document = ConfigDocument.Parse(configText, errors);
            MeterSettings meter = ReadMeter(new SectionReader(document, "meter", errors));
            Tariff tariff = TariffConfigReader.Read(new SectionReader(document, "clock", errors), new SectionReader(document, "tariff", errors));
            OpsComSettings opsCom = ReadOpsCom(new SectionReader(document, "opscom", errors));
            SyncSettings sync = ReadSync(new SectionReader(document, "sync", errors));
            CoinTable coins = ReadCoins(new SectionReader(document, "coins", errors));
            SectionReader keypad = new SectionReader(document, "keypad", errors);
            KeypadSettings keys = new KeypadSettings(keypad.Int(ConfigSchema.MultiTapMs), keypad.Int(ConfigSchema.DebounceMs), keypad.Int(ConfigSchema.IdleTimeoutMs));
            SectionReader displaySection = new SectionReader(document, "display", errors);
            int address = displaySection.Choice(ConfigSchema.I2cAddress) == 0 ? 0x3C : 0x3D;
            DisplaySettings display = new DisplaySettings(address, displaySection.Int(ConfigSchema.Contrast), displaySection.Choice(ConfigSchema.Rotate) == 1);
            SectionReader consoleSection = new SectionReader(document, "console", errors);
            ConsoleSettings console = new ConsoleSettings(ConfigSchema.ConsolePort.Choices[consoleSection.Choice(ConfigSchema.ConsolePort)],
                int.Parse(ConfigSchema.Baud.Choices[consoleSection.Choice(ConfigSchema.Baud)]), consoleSection.Int(ConfigSchema.MaximumLine));
            JournalSettings journal = ReadJournal(new SectionReader(document, "journal", errors));
            string ssid = new SectionReader(document, "wifi", errors).Text(ConfigSchema.Ssid);
            ReportUnused(document, ConfigSchema.Sections, errors);

            Secrets secrets = ReadSecrets(secretsText, errors);
            ConfigRules.MinimumPurchaseWithinSmallestCoin(tariff, coins, new SectionReader(document, "tariff", errors), errors);
            if (errors.Count > 0)
            {
                return null;
            }

            return new MeterConfig(meter, tariff, opsCom, sync, coins, keys, display, console, journal, ssid, secrets);
        }

        private static MeterSettings ReadMeter(SectionReader section)
        {
            ConfigEntry idEntry = section.Entry(ConfigSchema.MeterId);
            string id = idEntry == null ? "" : idEntry.Value;
            if (idEntry != null && !IsCode(id, ConfigSchema.MeterId.Maximum))
            {
                section.Error(idEntry.Line, ConfigSchema.MeterId, "must be 1-20 letters, digits or '-' (it prefixes permit numbers of at most 50 characters)");
            }

            string zone = section.Text(ConfigSchema.Zone);
            int currency = section.Choice(ConfigSchema.Currency);
            return new MeterSettings(id, zone, ConfigSchema.Currency.Choices[currency], ReadLanguages(section));
        }

        // "en, fr": one or two different codes of the motorist's tables; absent, English alone.
        private static string[] ReadLanguages(SectionReader section)
        {
            ConfigEntry entry = section.Entry(ConfigSchema.Languages);
            if (entry == null)
            {
                return new string[] { "en" };
            }

            string[] codes = entry.Value.Split(',');
            bool valid = codes.Length <= ConfigSchema.LanguageCodes.Length;
            for (int i = 0; i < codes.Length && valid; i++)
            {
                codes[i] = codes[i].Trim().ToLower();
                valid = System.Array.IndexOf(ConfigSchema.LanguageCodes, codes[i]) >= 0 && (i == 0 || codes[i] != codes[0]);
            }

            if (!valid)
            {
                section.Error(entry.Line, ConfigSchema.Languages, "must be en, fr, \"en, fr\" or \"fr, en\" (the first is the default)");
                return new string[] { "en" };
            }

            return codes;
        }

        private static OpsComSettings ReadOpsCom(SectionReader section)
        {
            string baseUrl = Url(section, ConfigSchema.BaseUrl);
            ConfigEntry clientEntry = section.Entry(ConfigSchema.Client);
            if (clientEntry != null && !IsCode(clientEntry.Value, ConfigSchema.Client.Maximum))
            {
                section.Error(clientEntry.Line, ConfigSchema.Client, "must be 1-50 letters, digits, '-' or '_' (e.g. OC-TOMA)");
            }

            string validateUrl = Url(section, ConfigSchema.ValidateUrl);
            bool utc = section.Choice(ConfigSchema.Times) == 0;
            string rootCa = section.Text(ConfigSchema.RootCa);
            ConfigRules.HttpsNeedsRootCa(section, baseUrl, rootCa);
            return new OpsComSettings(baseUrl, clientEntry == null ? "" : clientEntry.Value, validateUrl, utc, rootCa)
                .WithCovering(Names(section.Text(ConfigSchema.CoveringPermits)), section.Int(ConfigSchema.CoveredWaitMs));
        }

        // "LOT4, MONTHLY-DT": the names, trimmed, empty ones left out.
        private static string[] Names(string list)
        {
            string[] parts = list == null ? new string[0] : list.Split(',');
            int count = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Trim();
                count += parts[i].Length > 0 ? 1 : 0;
            }

            string[] names = new string[count];
            count = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length > 0)
                {
                    names[count++] = parts[i];
                }
            }

            return names;
        }

        private static SyncSettings ReadSync(SectionReader section)
        {
            int timeout = section.Int(ConfigSchema.TimeoutMs);
            int minimum = section.Int(ConfigSchema.BackoffMinimumMs);
            int maximum = section.Int(ConfigSchema.BackoffMaximumMs);
            ConfigRules.BackoffMinimumNotAboveMaximum(section, minimum, maximum);
            return new SyncSettings(timeout, minimum, maximum, section.Int(ConfigSchema.ResponseCapBytes), section.Int(ConfigSchema.CatchUpMs));
        }

        private static CoinTable ReadCoins(SectionReader section)
        {
            ConfigEntry[] entries = section.All(ConfigSchema.Coin);
            if (entries.Length == 0)
            {
                section.Error(0, ConfigSchema.Coin, "missing: at least one 'coin = PULSES AMOUNT'");
            }
            else if (entries.Length > AuditTotals.MaximumCoins)
            {
                section.Error(entries[AuditTotals.MaximumCoins].Line, ConfigSchema.Coin, "at most " + AuditTotals.MaximumCoins.ToString() + " coins: the cash audit counts that many denominations");
            }

            int[] pulses = new int[entries.Length];
            long[] cents = new long[entries.Length];
            for (int i = 0; i < entries.Length; i++)
            {
                string[] words = ConfigValues.Words(entries[i].Value);
                if (words.Length != 2 || !ConfigValues.TryParseInt(words[0], out pulses[i]) || pulses[i] < 1 || pulses[i] > 50
                    || !Cents.TryParse(words[1], out cents[i]) || cents[i] < 1 || cents[i] > 100000)
                {
                    section.Error(entries[i].Line, ConfigSchema.Coin, "must be 'PULSES AMOUNT' with 1-50 pulses and 0.01-1000.00, e.g. 'coin = 5 0.25'");
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (pulses[j] == pulses[i])
                    {
                        section.Error(entries[i].Line, ConfigSchema.Coin, pulses[i].ToString() + " pulses already mean " + Cents.Format(cents[j]) + " (line " + entries[j].Line.ToString() + ")");
                    }
                }
            }

            CoinTable table = new CoinTable(pulses, cents, section.Int(ConfigSchema.PulseGapMs), section.Int(ConfigSchema.PulseMinimumMs),
                section.Int(ConfigSchema.PulseMs), section.Int(ConfigSchema.PulseSpaceMs), section.Int(ConfigSchema.JamMs));
            ConfigRules.CoinTrainsFitTheJamWindow(section, table);
            return table;
        }

        private static JournalSettings ReadJournal(SectionReader section)
        {
            int partition = section.Int(ConfigSchema.PartitionBytes);
            int reserve = section.Int(ConfigSchema.ReserveBytes);
            int capacity = section.Int(ConfigSchema.CapacityBytes, partition - reserve);
            ConfigRules.JournalFitsPartition(section, capacity, partition, reserve);
            int records = section.Int(ConfigSchema.CapacityRecords);
            int heap = section.Int(ConfigSchema.HeapBytes);
            ConfigRules.JournalFitsHeap(section, records, heap);
            return new JournalSettings(capacity, records, section.Int(ConfigSchema.RetentionMinutes), partition, reserve, heap);
        }

        private static Secrets ReadSecrets(string text, ConfigErrors errors)
        {
            ConfigErrors secretErrors = new ConfigErrors();
            ConfigDocument document = ConfigDocument.Parse(text, secretErrors);
            SectionReader opsCom = new SectionReader(document, "opscom", secretErrors);
            ConfigEntry tokenEntry = opsCom.Entry(ConfigSchema.ApiToken);
            if (tokenEntry != null && !IsCode(tokenEntry.Value, ConfigSchema.ApiToken.Maximum))
            {
                opsCom.Error(tokenEntry.Line, ConfigSchema.ApiToken, "must be 1-50 letters, digits or '-'");
            }

            string password = new SectionReader(document, "wifi", secretErrors).Text(ConfigSchema.WifiPassword);
            SectionReader technician = new SectionReader(document, "technician", secretErrors);
            ConfigEntry pinEntry = technician.Entry(ConfigSchema.TechnicianPin);
            if (pinEntry != null && (pinEntry.Value.Length < 4 || pinEntry.Value.Length > 8 || !IsDigits(pinEntry.Value)))
            {
                technician.Error(pinEntry.Line, ConfigSchema.TechnicianPin, "must be " + ConfigSchema.TechnicianPin.Format);
            }

            ReportUnused(document, ConfigSchema.SecretSections, secretErrors);
            // Secret errors never quote the value: only "secrets: line, key, reason".
            for (int i = 0; i < secretErrors.Count; i++)
            {
                ConfigError error = secretErrors[i];
                errors.Add(error.Line, "secrets:" + error.Key, error.Reason);
            }

            return new Secrets(tokenEntry == null ? "" : tokenEntry.Value, password, pinEntry == null ? "" : pinEntry.Value);
        }

        private static void ReportUnused(ConfigDocument document, string[] sections, ConfigErrors errors)
        {
            for (int i = 0; i < document.Count; i++)
            {
                ConfigEntry entry = document[i];
                if (entry.Used || entry.Section == "?")
                {
                    continue;
                }

                bool knownSection = false;
                for (int s = 0; s < sections.Length; s++)
                {
                    knownSection |= sections[s] == entry.Section;
                }

                errors.Add(entry.Line, entry.FullKey, knownSection ? "unknown key" : "unknown section [" + entry.Section + "]");
            }
        }

        private static string Url(SectionReader section, ConfigKey key)
        {
            ConfigEntry entry = section.Entry(key);
            if (entry == null)
            {
                return "";
            }

            string url = entry.Value;
            bool scheme = url.StartsWith("https://") || url.StartsWith("http://");
            if (!scheme || url.Length > 200 || url.IndexOf(' ') >= 0 || url.EndsWith("/"))
            {
                section.Error(entry.Line, key, "must be an " + key.Range);
                return "";
            }

            return url;
        }

        private static bool IsCode(string text, int maximumLength)
        {
            if (text.Length == 0 || text.Length > maximumLength)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
