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
        public static readonly string[] Sections = { "meter", "clock", "tariff", "opscom", "sync", "coins", "keypad", "display", "console", "journal", "wifi" };
        public static readonly string[] SecretSections = { "opscom", "wifi", "technician" };

        /// <summary>Returns the configuration, or null with <paramref name="errors"/> filled.</summary>
        public static MeterConfig Read(string configText, string secretsText, ConfigErrors errors)
        {
            ConfigDocument document = ConfigDocument.Parse(configText, errors);
            MeterSettings meter = ReadMeter(new SectionReader(document, "meter", errors));
            Tariff tariff = TariffConfigReader.Read(new SectionReader(document, "clock", errors), new SectionReader(document, "tariff", errors));
            OpsComSettings opsCom = ReadOpsCom(new SectionReader(document, "opscom", errors));
            SyncSettings sync = ReadSync(new SectionReader(document, "sync", errors));
            CoinTable coins = ReadCoins(new SectionReader(document, "coins", errors));
            SectionReader keypadSection = new SectionReader(document, "keypad", errors);
            KeypadSettings keypad = new KeypadSettings(
                keypadSection.Int("multitap_ms", false, 1000, 200, 3000),
                keypadSection.Int("debounce_ms", false, 30, 5, 200),
                keypadSection.Int("idle_timeout_ms", false, 60000, 10000, 600000));
            SectionReader displaySection = new SectionReader(document, "display", errors);
            int address = displaySection.Int("i2c_address", false, 0x3C, 0x3C, 0x3D);
            DisplaySettings display = new DisplaySettings(address, displaySection.Int("contrast", false, 0xCF, 0, 255),
                displaySection.Choice("rotate", false, 0, new string[] { "0", "180" }) == 1);
            ConsoleSettings console = ReadConsole(new SectionReader(document, "console", errors));
            JournalSettings journal = ReadJournal(new SectionReader(document, "journal", errors));
            string ssid = new SectionReader(document, "wifi", errors).Text("ssid", false, "", 32);
            ReportUnused(document, Sections, errors);

            Secrets secrets = ReadSecrets(secretsText, errors);
            if (tariff != null && coins != null && coins.Count > 0 && tariff.MinimumPurchaseCents > coins.SmallestCoinCents)
            {
                errors.Add(0, "tariff.minimum_purchase", "is above the smallest coin (" + Cents.Format(coins.SmallestCoinCents)
                    + "): without an escrow every coin must buy time");
            }

            if (errors.Count > 0)
            {
                return null;
            }

            return new MeterConfig(meter, tariff, opsCom, sync, coins, keypad, display, console, journal, ssid, secrets);
        }

        private static MeterSettings ReadMeter(SectionReader section)
        {
            ConfigEntry idEntry = section.Entry("id", true);
            string id = idEntry == null ? "" : idEntry.Value;
            if (idEntry != null && !IsCode(id, 20))
            {
                section.Error(idEntry.Line, "id", "must be 1-20 letters, digits or '-' (it prefixes permit numbers of at most 50 characters)");
            }

            string zone = section.Text("zone", true, "", 200);
            ConfigEntry currencyEntry = section.Entry("currency", true);
            if (currencyEntry != null && !Money.Currency.IsSupported(currencyEntry.Value))
            {
                section.Error(currencyEntry.Line, "currency", "must be CAD or USD");
            }

            return new MeterSettings(id, zone, currencyEntry == null ? "" : currencyEntry.Value);
        }

        private static OpsComSettings ReadOpsCom(SectionReader section)
        {
            string baseUrl = Url(section, "base_url");
            ConfigEntry clientEntry = section.Entry("client", true);
            if (clientEntry != null && !IsCode(clientEntry.Value, 50))
            {
                section.Error(clientEntry.Line, "client", "must be 1-50 letters, digits, '-' or '_' (e.g. OC-TOMA)");
            }

            string validateUrl = Url(section, "validate_url");
            bool utc = section.Choice("times", true, 0, new string[] { "utc", "local" }) == 0;
            string rootCa = section.Text("root_ca", false, "", 100);
            if (baseUrl.StartsWith("https://") && rootCa.Length == 0)
            {
                section.Error(0, "root_ca", "missing: https needs the root certificate the server must chain to");
            }

            return new OpsComSettings(baseUrl, clientEntry == null ? "" : clientEntry.Value, validateUrl, utc, rootCa);
        }

        private static SyncSettings ReadSync(SectionReader section)
        {
            int timeout = section.Int("timeout_ms", false, 10000, 1000, 60000);
            int minimum = section.Int("backoff_min_ms", false, 2000, 100, 3600000);
            ConfigEntry[] maximumEntries = section.All("backoff_max_ms");
            int maximum = section.Int("backoff_max_ms", false, 600000, 100, 86400000);
            if (minimum > maximum)
            {
                section.Error(maximumEntries.Length == 0 ? 0 : maximumEntries[0].Line, "backoff_max_ms", "must not be below backoff_min_ms");
            }

            return new SyncSettings(timeout, minimum, maximum, section.Int("response_cap_bytes", false, 4096, 512, 16384));
        }

        private static CoinTable ReadCoins(SectionReader section)
        {
            ConfigEntry[] entries = section.All("coin");
            if (entries.Length == 0)
            {
                section.Error(0, "coin", "missing: at least one 'coin = PULSES AMOUNT'");
            }

            int[] pulses = new int[entries.Length];
            long[] cents = new long[entries.Length];
            for (int i = 0; i < entries.Length; i++)
            {
                string[] words = ConfigValues.Words(entries[i].Value);
                if (words.Length != 2 || !ConfigValues.TryParseInt(words[0], out pulses[i]) || pulses[i] < 1 || pulses[i] > 50
                    || !Cents.TryParse(words[1], out cents[i]) || cents[i] < 1 || cents[i] > 100000)
                {
                    section.Error(entries[i].Line, "coin", "must be 'PULSES AMOUNT' with 1-50 pulses and 0.01-1000.00, e.g. 'coin = 5 0.25'");
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (pulses[j] == pulses[i])
                    {
                        section.Error(entries[i].Line, "coin", pulses[i].ToString() + " pulses already mean " + Cents.Format(cents[j]) + " (line " + entries[j].Line.ToString() + ")");
                    }
                }
            }

            int gap = section.Int("pulse_gap_ms", false, 150, 20, 2000);
            int minimumPulse = section.Int("pulse_min_ms", false, 10, 1, 200);
            return new CoinTable(pulses, cents, gap, minimumPulse);
        }

        // The journal must fit the littlefs partition beside the other files, by the flash cost estimate the
        // journal itself uses (checked against the calibrated littlefs model): a larger capacity would let
        // littlefs run out before the journal refuses a sale.
        private static JournalSettings ReadJournal(SectionReader section)
        {
            int partition = section.Int("partition_bytes", false, JournalSettings.DefaultPartitionBytes, 65536, 16777216);
            int reserve = section.Int("reserve_bytes", false, JournalSettings.DefaultReserveBytes, 8192, 16777216);
            ConfigEntry[] capacityEntries = section.All("capacity_bytes");
            int capacity = section.Int("capacity_bytes", false, partition - reserve, 0, 16777216);
            int line = capacityEntries.Length == 0 ? 0 : capacityEntries[0].Line;
            if (capacity > partition - reserve)
            {
                section.Error(line, "capacity_bytes", "the partition (" + partition.ToString() + " bytes, " + reserve.ToString()
                    + " reserved for the other files) holds at most " + (partition - reserve).ToString());
            }
            else if (capacity < PermitJournal.MinimumCapacityBytes(JournalSettings.DefaultRingFiles))
            {
                section.Error(line, "capacity_bytes", "must be at least " + PermitJournal.MinimumCapacityBytes(JournalSettings.DefaultRingFiles).ToString() + " (the journal's ring files and working reserve)");
            }

            int records = section.Int("capacity_records", false, JournalSettings.DefaultCapacityRecords, 1, 20000);
            int heap = section.Int("heap_bytes", false, JournalSettings.DefaultHeapBytes, 16384, 67108864);
            long needed = NanoHeap.JournalBytes(records);
            if (needed > heap)
            {
                ConfigEntry[] recordEntries = section.All("capacity_records");
                section.Error(recordEntries.Length == 0 ? 0 : recordEntries[0].Line, "capacity_records",
                    records.ToString() + " permits need about " + needed.ToString() + " bytes of managed heap; heap_bytes allows " + heap.ToString());
            }

            return new JournalSettings(capacity, records, section.Int("retention_minutes", false, 60, 0, 10080), partition, reserve, heap);
        }

        private static ConsoleSettings ReadConsole(SectionReader section)
        {
            ConfigEntry portEntry = section.Entry("port", false);
            string port = portEntry == null ? "COM2" : portEntry.Value;
            if (port.Length != 4 || !port.StartsWith("COM") || port[3] < '2' || port[3] > '3')
            {
                section.Error(portEntry.Line, "port", "must be COM2 or COM3 (COM1 carries nanoFramework's debugger on a classic ESP32)");
            }

            int baud = section.Choice("baud", false, 4, new string[] { "9600", "19200", "38400", "57600", "115200" });
            int[] bauds = { 9600, 19200, 38400, 57600, 115200 };
            return new ConsoleSettings(port, bauds[baud], section.Int("max_line", false, 120, 32, 256));
        }

        private static Secrets ReadSecrets(string text, ConfigErrors errors)
        {
            ConfigErrors secretErrors = new ConfigErrors();
            ConfigDocument document = ConfigDocument.Parse(text, secretErrors);
            SectionReader opsCom = new SectionReader(document, "opscom", secretErrors);
            ConfigEntry tokenEntry = opsCom.Entry("api_token", true);
            if (tokenEntry != null && !IsCode(tokenEntry.Value, 50))
            {
                opsCom.Error(tokenEntry.Line, "api_token", "must be 1-50 letters, digits or '-'");
            }

            string password = new SectionReader(document, "wifi", secretErrors).Text("password", false, "", 64);
            SectionReader technician = new SectionReader(document, "technician", secretErrors);
            ConfigEntry pinEntry = technician.Entry("pin", true);
            if (pinEntry != null && (pinEntry.Value.Length < 4 || pinEntry.Value.Length > 8 || !IsDigits(pinEntry.Value)))
            {
                technician.Error(pinEntry.Line, "pin", "must be 4-8 digits");
            }

            ReportUnused(document, SecretSections, secretErrors);
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

        private static string Url(SectionReader section, string key)
        {
            ConfigEntry entry = section.Entry(key, true);
            if (entry == null)
            {
                return "";
            }

            string url = entry.Value;
            bool scheme = url.StartsWith("https://") || url.StartsWith("http://");
            if (!scheme || url.Length > 200 || url.IndexOf(' ') >= 0 || url.EndsWith("/"))
            {
                section.Error(entry.Line, key, "must be an http:// or https:// address without a trailing '/'");
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
