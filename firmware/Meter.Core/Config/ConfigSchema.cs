using System.Collections;
using Meter.Core.Journal;
using Meter.Core.Tariffs;

namespace Meter.Core.Config
{
    /// <summary>
    /// Every key of nf.config and secrets.config, declared once (the way ESPHome declares a component's
    /// schema): name, kind, default, range, help. <see cref="MeterConfigReader"/> and
    /// <see cref="TariffConfigReader"/> read through these, <see cref="ConfigPrinter"/> writes their names,
    /// rules across keys are the named functions of <see cref="ConfigRules"/>, and a test holds the
    /// committed nf.config to documenting every key with its <see cref="ConfigKey.Range"/>.
    /// </summary>
    public static class ConfigSchema
    {
        /// <summary>[meter] id: prefixes every permit number.</summary>
        public static readonly ConfigKey MeterId = ConfigKey.Code("meter", "id", true, 20, "this meter's code; permit numbers are <id>-<sequence>");

        /// <summary>[meter] zone.</summary>
        public static readonly ConfigKey Zone = ConfigKey.Text("meter", "zone", true, 200, "the OPSCOM zone name its permits are for");

        /// <summary>[meter] currency.</summary>
        public static readonly ConfigKey Currency = ConfigKey.Choice("meter", "currency", true, 0, new string[] { Money.Currency.Cad, Money.Currency.Usd }, "the currency of prices and permits");

        /// <summary>The languages the motorist's screens are written in (the sale flow has a table for each).</summary>
        public static readonly string[] LanguageCodes = { "en", "fr" };

        /// <summary>[meter] languages.</summary>
        public static readonly ConfigKey Languages = ConfigKey.Formatted("meter", "languages", false, false, "en, fr, or one of them; default en",
            "the motorist's languages, the first by default; with two, key B switches a sale");

        /// <summary>[clock] utc_offset.</summary>
        public static readonly ConfigKey UtcOffset = ConfigKey.Formatted("clock", "utc_offset", true, false, "+HH:mm or -HH:mm", "local standard time minus UTC");

        /// <summary>[clock] dst_start.</summary>
        public static readonly ConfigKey DstStart = ConfigKey.Formatted("clock", "dst_start", false, false, "WEEK DAY MONTH HH:mm, e.g. second sun mar 02:00", "local time just before clocks go forward; with dst_end, or neither");

        /// <summary>[clock] dst_end.</summary>
        public static readonly ConfigKey DstEnd = ConfigKey.Formatted("clock", "dst_end", false, false, "WEEK DAY MONTH HH:mm, e.g. first sun nov 02:00", "local time just before clocks go back");

        /// <summary>[clock] dst_save.</summary>
        public static readonly ConfigKey DstSave = ConfigKey.Integer("clock", "dst_save", false, 60, 15, 120, "minutes the clocks go forward");

        /// <summary>[tariff] band, once per band.</summary>
        public static readonly ConfigKey Band = ConfigKey.Formatted("tariff", "band", true, true, "HH:mm free, or HH:mm PRICE/MINUTES, from 00:00 in order", "the price from START until the next band");

        /// <summary>[tariff] escalate, once per step.</summary>
        public static readonly ConfigKey Escalate = ConfigKey.Formatted("tariff", "escalate", false, true, "MINUTES PERCENT%, in order", "after this much of a stay, this percentage of the band price");

        /// <summary>[tariff] minimum_purchase.</summary>
        public static readonly ConfigKey MinimumPurchase = ConfigKey.Amount("tariff", "minimum_purchase", true, 100000, "least a sale may cost; at most the smallest coin (there is no escrow)");

        /// <summary>[tariff] maximum_stay.</summary>
        public static readonly ConfigKey MaximumStay = ConfigKey.Integer("tariff", "maximum_stay", true, 60, 1, Tariff.MaximumStayLimitMinutes, "longest stay one plate may buy, minutes");

        /// <summary>[tariff] sun ... sat: enforcement windows, indexed by day of week (0 = Sunday).</summary>
        public static readonly ConfigKey[] Days =
        {
            Day("sun"), Day("mon"), Day("tue"), Day("wed"), Day("thu"), Day("fri"), Day("sat"),
        };

        /// <summary>[tariff] holiday, once per date.</summary>
        public static readonly ConfigKey Holiday = ConfigKey.Formatted("tariff", "holiday", false, true, "yyyy-MM-dd", "a day without enforcement");

        /// <summary>[opscom] base_url.</summary>
        public static readonly ConfigKey BaseUrl = ConfigKey.Url("opscom", "base_url", true, "the OPSCOM controller the permits go to");

        /// <summary>[opscom] client.</summary>
        public static readonly ConfigKey Client = ConfigKey.Code("opscom", "client", true, 50, "the {client} segment of /api/{client}/v1/...");

        /// <summary>[opscom] validate_url.</summary>
        public static readonly ConfigKey ValidateUrl = ConfigKey.Url("opscom", "validate_url", true, "the OPSCOM service that validates plates");

        /// <summary>[opscom] times.</summary>
        public static readonly ConfigKey Times = ConfigKey.Choice("opscom", "times", true, 0, new string[] { "utc", "local" }, "how startTime and endTime are sent");

        /// <summary>[opscom] root_ca.</summary>
        public static readonly ConfigKey RootCa = ConfigKey.Text("opscom", "root_ca", false, 100, "path of the root CA certificate (PEM) on the meter; required with https");

        /// <summary>[opscom] covering_permits.</summary>
        public static readonly ConfigKey CoveringPermits = ConfigKey.Text("opscom", "covering_permits", false, 200,
            "OPSCOM permit names or types that already cover parking here, e.g. LOT4, MONTHLY-DT; empty: plates are not checked");

        /// <summary>[opscom] covered_wait_ms.</summary>
        public static readonly ConfigKey CoveredWaitMs = ConfigKey.Integer("opscom", "covered_wait_ms", false, 1500, 200, 10000,
            "how long after a plate is confirmed an answer saying it is covered is still shown, ms");

        /// <summary>[sync] timeout_ms.</summary>
        public static readonly ConfigKey TimeoutMs = ConfigKey.Integer("sync", "timeout_ms", false, 10000, 1000, 60000, "deadline of one OPSCOM request, ms");

        /// <summary>[sync] backoff_min_ms.</summary>
        public static readonly ConfigKey BackoffMinimumMs = ConfigKey.Integer("sync", "backoff_min_ms", false, 2000, 100, 3600000, "first wait after a failed request, ms");

        /// <summary>[sync] backoff_max_ms.</summary>
        public static readonly ConfigKey BackoffMaximumMs = ConfigKey.Integer("sync", "backoff_max_ms", false, 1800000, 100, 86400000,
            "longest wait between retries, ms; not below backoff_min_ms (long: during a long outage each meter asks about twice an hour)");

        /// <summary>[sync] response_cap_bytes.</summary>
        public static readonly ConfigKey ResponseCapBytes = ConfigKey.Integer("sync", "response_cap_bytes", false, 4096, 512, 16384, "largest OPSCOM answer read, bytes");

        /// <summary>[sync] catch_up_ms.</summary>
        public static readonly ConfigKey CatchUpMs = ConfigKey.Integer("sync", "catch_up_ms", false, 60000, 0, 600000,
            "after OPSCOM was out of reach, the mean spacing of the requests that send the backlog, ms (jittered by half; 0 = no pacing)");

        /// <summary>[coins] coin, once per coin.</summary>
        public static readonly ConfigKey Coin = ConfigKey.Formatted("coins", "coin", true, true, "PULSES AMOUNT, 1-50 pulses, 0.01-1000.00", "a coin as the acceptor is programmed; at most 8 coins");

        /// <summary>[coins] pulse_gap_ms.</summary>
        public static readonly ConfigKey PulseGapMs = ConfigKey.Integer("coins", "pulse_gap_ms", false, 150, 20, 190, "idle time that ends a pulse train inside one capture, ms");

        /// <summary>[coins] pulse_min_ms.</summary>
        public static readonly ConfigKey PulseMinimumMs = ConfigKey.Integer("coins", "pulse_min_ms", false, 10, 1, 200, "shorter pulses are glitches, ms");

        /// <summary>[coins] pulse_ms.</summary>
        public static readonly ConfigKey PulseMs = ConfigKey.Integer("coins", "pulse_ms", false, 50, 20, 100, "the acceptor's pulse width as programmed (CH-926: 30, 50 or 100), ms");

        /// <summary>[coins] pulse_space_ms.</summary>
        public static readonly ConfigKey PulseSpaceMs = ConfigKey.Integer("coins", "pulse_space_ms", false, 50, 20, 100, "the acceptor's idle time between the pulses of one coin, ms");

        /// <summary>[coins] jam_ms.</summary>
        public static readonly ConfigKey JamMs = ConfigKey.Integer("coins", "jam_ms", false, 3000, 500, 20000, "a line busy this long is a jam; the longest coin's train must fit, ms");

        /// <summary>[keypad] multitap_ms.</summary>
        public static readonly ConfigKey MultiTapMs = ConfigKey.Integer("keypad", "multitap_ms", false, 1000, 200, 3000, "time to press a key again for its next letter, ms");

        /// <summary>[keypad] debounce_ms.</summary>
        public static readonly ConfigKey DebounceMs = ConfigKey.Integer("keypad", "debounce_ms", false, 30, 5, 200, "a contact must hold this long to count, ms");

        /// <summary>[keypad] idle_timeout_ms.</summary>
        public static readonly ConfigKey IdleTimeoutMs = ConfigKey.Integer("keypad", "idle_timeout_ms", false, 60000, 10000, 600000, "a sale left alone this long ends (credit still buys time), ms");

        /// <summary>[display] i2c_address.</summary>
        public static readonly ConfigKey I2cAddress = ConfigKey.Choice("display", "i2c_address", false, 0, new string[] { "0x3C", "0x3D" }, "the OLED's I2C address");

        /// <summary>[display] contrast.</summary>
        public static readonly ConfigKey Contrast = ConfigKey.Integer("display", "contrast", false, 0xCF, 0, 255, "OLED contrast");

        /// <summary>[display] rotate.</summary>
        public static readonly ConfigKey Rotate = ConfigKey.Choice("display", "rotate", false, 0, new string[] { "0", "180" }, "degrees, for a panel mounted upside down");

        /// <summary>[console] port.</summary>
        public static readonly ConfigKey ConsolePort = ConfigKey.Choice("console", "port", false, 0, new string[] { "COM2", "COM3" }, "the operator console's UART; COM1 is nanoFramework's debugger");

        /// <summary>[console] baud.</summary>
        public static readonly ConfigKey Baud = ConfigKey.Choice("console", "baud", false, 4, new string[] { "9600", "19200", "38400", "57600", "115200" }, "the console's speed, 8N1");

        /// <summary>[console] max_line.</summary>
        public static readonly ConfigKey MaximumLine = ConfigKey.Integer("console", "max_line", false, 120, 32, 256, "longest console line, characters");

        /// <summary>[journal] capacity_bytes (its default is partition_bytes - reserve_bytes).</summary>
        public static readonly ConfigKey CapacityBytes = ConfigKey.Integer("journal", "capacity_bytes", false, JournalSettings.DefaultPartitionBytes - JournalSettings.DefaultReserveBytes, 0, 16777216,
            "flash for permits by the journal's littlefs estimate; at most partition_bytes - reserve_bytes");

        /// <summary>[journal] partition_bytes.</summary>
        public static readonly ConfigKey PartitionBytes = ConfigKey.Integer("journal", "partition_bytes", false, JournalSettings.DefaultPartitionBytes, 65536, 16777216, "the littlefs partition I:\\ (256 KiB on a 4 MB ESP32)");

        /// <summary>[journal] reserve_bytes.</summary>
        public static readonly ConfigKey ReserveBytes = ConfigKey.Integer("journal", "reserve_bytes", false, JournalSettings.DefaultReserveBytes, 8192, 16777216, "what the other files on it take (nf.config, CA certificate, directories)");

        /// <summary>[journal] heap_bytes.</summary>
        public static readonly ConfigKey HeapBytes = ConfigKey.Integer("journal", "heap_bytes", false, JournalSettings.DefaultHeapBytes, 16384, 67108864, "managed heap the permits are budgeted against");

        /// <summary>[journal] capacity_records.</summary>
        public static readonly ConfigKey CapacityRecords = ConfigKey.Integer("journal", "capacity_records", false, JournalSettings.DefaultCapacityRecords, 1, 20000, "permits held at most; must fit heap_bytes");

        /// <summary>[journal] retention_minutes.</summary>
        public static readonly ConfigKey RetentionMinutes = ConfigKey.Integer("journal", "retention_minutes", false, 60, 0, 10080, "finished permits stay this long after they end (add time, console)");

        /// <summary>[wifi] ssid.</summary>
        public static readonly ConfigKey Ssid = ConfigKey.Text("wifi", "ssid", false, 32, "the Wi-Fi network the meter joins (its password is a secret)");

        /// <summary>secrets.config [opscom] api_token.</summary>
        public static readonly ConfigKey ApiToken = ConfigKey.Code("opscom", "api_token", true, 50, "the OPSCOM API token");

        /// <summary>secrets.config [wifi] password.</summary>
        public static readonly ConfigKey WifiPassword = ConfigKey.Text("wifi", "password", false, 64, "the Wi-Fi password");

        /// <summary>secrets.config [technician] pin.</summary>
        public static readonly ConfigKey TechnicianPin = ConfigKey.Formatted("technician", "pin", true, false, "4-8 digits", "the technician PIN the console asks before a void or clear");

        /// <summary>Every key of nf.config, in the order the committed file documents them.</summary>
        public static readonly ConfigKey[] All =
        {
            MeterId, Zone, Currency, Languages, UtcOffset, DstStart, DstEnd, DstSave, Band, Escalate, MinimumPurchase, MaximumStay,
            Days[1], Days[2], Days[3], Days[4], Days[5], Days[6], Days[0], Holiday, BaseUrl, Client, ValidateUrl, Times, RootCa, CoveringPermits, CoveredWaitMs,
            TimeoutMs, BackoffMinimumMs, BackoffMaximumMs, ResponseCapBytes, CatchUpMs, Coin, PulseGapMs, PulseMinimumMs, PulseMs, PulseSpaceMs, JamMs,
            MultiTapMs, DebounceMs, IdleTimeoutMs, I2cAddress, Contrast, Rotate, ConsolePort, Baud, MaximumLine,
            CapacityBytes, PartitionBytes, ReserveBytes, HeapBytes, CapacityRecords, RetentionMinutes, Ssid,
        };

        /// <summary>Every key of secrets.config.</summary>
        public static readonly ConfigKey[] Secrets = { ApiToken, WifiPassword, TechnicianPin };

        /// <summary>The sections of nf.config, in order.</summary>
        public static readonly string[] Sections = SectionsOf(All);

        /// <summary>The sections of secrets.config.</summary>
        public static readonly string[] SecretSections = SectionsOf(Secrets);

        private static ConfigKey Day(string name)
        {
            return ConfigKey.Formatted("tariff", name, true, false, "HH:mm-HH:mm windows separated by spaces, or off", "enforcement hours that weekday");
        }

        private static string[] SectionsOf(ConfigKey[] keys)
        {
            ArrayList sections = new ArrayList();
            for (int i = 0; i < keys.Length; i++)
            {
                if (!sections.Contains(keys[i].Section))
                {
                    sections.Add(keys[i].Section);
                }
            }

            return (string[])sections.ToArray(typeof(string));
        }
    }
}
