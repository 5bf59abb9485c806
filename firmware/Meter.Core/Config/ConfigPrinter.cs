using Meter.Core.Tariffs;
using Meter.Core.Time;
using Meter.Core.Money;

namespace Meter.Core.Config
{
    /// <summary>
    /// Writes the effective configuration (defaults filled in) in the nf.config format, for the console's
    /// "config" command. Secrets are printed as a mask, or "(not set)", never their value.
    /// </summary>
    public static class ConfigPrinter
    {
        public static string Print(MeterConfig config)
        {
            string text = "[meter]\n" + Line("id", config.Meter.Id) + Line("zone", config.Meter.ZoneName) + Line("currency", config.Meter.Currency);
            text += PrintClock(config.Tariff.Zone) + PrintTariff(config.Tariff);
            OpsComSettings opsCom = config.OpsCom;
            text += "\n[opscom]\n" + Line("base_url", opsCom.BaseUrl) + Line("client", opsCom.Client) + Line("validate_url", opsCom.ValidateUrl)
                + Line("times", opsCom.SendTimesAsUtc ? "utc" : "local") + (opsCom.RootCaPath.Length > 0 ? Line("root_ca", opsCom.RootCaPath) : "")
                + Secret("api_token", config.Secrets.ApiToken);
            SyncSettings sync = config.Sync;
            text += "\n[sync]\n" + Number("timeout_ms", sync.TimeoutMs) + Number("backoff_min_ms", sync.BackoffMinimumMs)
                + Number("backoff_max_ms", sync.BackoffMaximumMs) + Number("response_cap_bytes", sync.ResponseCapBytes);
            text += "\n[coins]\n";
            for (int i = 0; i < config.Coins.Count; i++)
            {
                text += Line("coin", config.Coins.PulsesAt(i).ToString() + " " + Cents.Format(config.Coins.CentsAt(i)));
            }

            text += Number("pulse_gap_ms", config.Coins.GapMs) + Number("pulse_min_ms", config.Coins.MinimumPulseMs);
            text += "\n[keypad]\n" + Number("multitap_ms", config.Keypad.MultiTapMs) + Number("debounce_ms", config.Keypad.DebounceMs)
                + Number("idle_timeout_ms", config.Keypad.IdleTimeoutMs);
            text += "\n[display]\n" + Line("i2c_address", "0x" + Hex(config.Display.I2cAddress)) + Number("contrast", config.Display.Contrast)
                + Line("rotate", config.Display.Rotate180 ? "180" : "0");
            text += "\n[console]\n" + Line("port", config.Console.Port) + Number("baud", config.Console.Baud) + Number("max_line", config.Console.MaximumLine);
            text += "\n[journal]\n" + Number("capacity_bytes", config.Journal.CapacityBytes) + Number("partition_bytes", config.Journal.PartitionBytes)
                + Number("reserve_bytes", config.Journal.ReserveBytes) + Number("heap_bytes", config.Journal.HeapBytes)
                + Number("capacity_records", config.Journal.CapacityRecords) + Number("retention_minutes", config.Journal.RetentionMinutes);
            text += "\n[wifi]\n" + Line("ssid", config.WifiSsid) + Secret("password", config.Secrets.WifiPassword)
                + Secret("technician pin", config.Secrets.TechnicianPin);
            return text;
        }

        private static string PrintClock(LocalTimeZone zone)
        {
            int offset = zone.StandardOffsetMinutes;
            string text = "\n[clock]\n" + Line("utc_offset", (offset < 0 ? "-" : "+") + TimeText.FormatClock(offset < 0 ? -offset : offset));
            DstRule dst = zone.Dst;
            if (dst != null)
            {
                text += Line("dst_start", Rule(dst.StartWeek, dst.StartDayOfWeek, dst.StartMonth, dst.StartMinuteOfDay))
                    + Line("dst_end", Rule(dst.EndWeek, dst.EndDayOfWeek, dst.EndMonth, dst.EndMinuteOfDay))
                    + Number("dst_save", dst.SaveMinutes);
            }

            return text;
        }

        private static string PrintTariff(Tariff tariff)
        {
            string text = "\n[tariff]\n";
            for (int i = 0; i < tariff.BandCount; i++)
            {
                RateBand band = tariff.Band(i);
                string price = band.CentsPerBlock == 0 ? "free" : Cents.Format(band.CentsPerBlock) + "/" + band.BlockMinutes.ToString();
                text += Line("band", TimeText.FormatClock(band.StartMinuteOfDay) + " " + price);
            }

            for (int i = 0; i < tariff.EscalationCount; i++)
            {
                text += Line("escalate", tariff.EscalationAt(i).AfterMinutes.ToString() + " " + tariff.EscalationAt(i).Percent.ToString() + "%");
            }

            text += Line("minimum_purchase", Cents.Format(tariff.MinimumPurchaseCents)) + Number("maximum_stay", tariff.MaximumStayMinutes);
            for (int day = 0; day < 7; day++)
            {
                EnforcementWindow[] windows = tariff.Windows(day);
                string value = windows.Length == 0 ? "off" : "";
                for (int i = 0; i < windows.Length; i++)
                {
                    value += (i == 0 ? "" : " ") + TimeText.FormatClock(windows[i].StartMinuteOfDay) + "-" + TimeText.FormatClock(windows[i].EndMinuteOfDay);
                }

                text += Line(TariffConfigReader.DayKeys[day], value);
            }

            for (int i = 0; i < tariff.HolidayCount; i++)
            {
                text += Line("holiday", TimeText.FormatDate(tariff.Holiday(i)));
            }

            return text;
        }

        private static string Rule(int week, int dayOfWeek, int month, int minuteOfDay)
        {
            return TariffConfigReader.WeekWords[week - 1] + " " + TariffConfigReader.DayKeys[dayOfWeek] + " " + TariffConfigReader.MonthWords[month - 1] + " " + TimeText.FormatClock(minuteOfDay);
        }

        // As a comment, so the printout is itself a valid nf.config; secrets live in the secrets file.
        private static string Secret(string name, string secret)
        {
            return "# " + name + " (secrets file): " + (secret == null || secret.Length == 0 ? "(not set)" : Secrets.Mask) + "\n";
        }

        private static string Line(string key, string value)
        {
            return key + " = " + value + "\n";
        }

        private static string Number(string key, int value)
        {
            return Line(key, value.ToString());
        }

        private static string Hex(int value)
        {
            const string digits = "0123456789ABCDEF";
            return digits[(value >> 4) & 15].ToString() + digits[value & 15].ToString();
        }
    }
}
