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
        /// <summary>The effective configuration as nf.config text, every key with its value (defaults filled in), secrets masked.</summary>
        public static string Print(MeterConfig config)
        {
            string text = "[meter]\n" + Line(ConfigSchema.MeterId, config.Meter.Id) + Line(ConfigSchema.Zone, config.Meter.ZoneName) + Line(ConfigSchema.Currency, config.Meter.Currency);
            text += PrintClock(config.Tariff.Zone) + PrintTariff(config.Tariff);
            OpsComSettings opsCom = config.OpsCom;
            text += "\n[opscom]\n" + Line(ConfigSchema.BaseUrl, opsCom.BaseUrl) + Line(ConfigSchema.Client, opsCom.Client) + Line(ConfigSchema.ValidateUrl, opsCom.ValidateUrl)
                + Line(ConfigSchema.Times, opsCom.SendTimesAsUtc ? "utc" : "local") + (opsCom.RootCaPath.Length > 0 ? Line(ConfigSchema.RootCa, opsCom.RootCaPath) : "")
                + Secret(ConfigSchema.ApiToken, config.Secrets.ApiToken);
            SyncSettings sync = config.Sync;
            text += "\n[sync]\n" + Number(ConfigSchema.TimeoutMs, sync.TimeoutMs) + Number(ConfigSchema.BackoffMinimumMs, sync.BackoffMinimumMs)
                + Number(ConfigSchema.BackoffMaximumMs, sync.BackoffMaximumMs) + Number(ConfigSchema.ResponseCapBytes, sync.ResponseCapBytes) + Number(ConfigSchema.CatchUpMs, sync.CatchUpMs);
            text += "\n[coins]\n";
            for (int i = 0; i < config.Coins.Count; i++)
            {
                text += Line(ConfigSchema.Coin, config.Coins.PulsesAt(i).ToString() + " " + Cents.Format(config.Coins.CentsAt(i)));
            }

            text += Number(ConfigSchema.PulseGapMs, config.Coins.GapMs) + Number(ConfigSchema.PulseMinimumMs, config.Coins.MinimumPulseMs)
                + Number(ConfigSchema.PulseMs, config.Coins.PulseMs) + Number(ConfigSchema.PulseSpaceMs, config.Coins.SpaceMs) + Number(ConfigSchema.JamMs, config.Coins.JamMs);
            text += "\n[keypad]\n" + Number(ConfigSchema.MultiTapMs, config.Keypad.MultiTapMs) + Number(ConfigSchema.DebounceMs, config.Keypad.DebounceMs)
                + Number(ConfigSchema.IdleTimeoutMs, config.Keypad.IdleTimeoutMs);
            text += "\n[display]\n" + Line(ConfigSchema.I2cAddress, ConfigSchema.I2cAddress.Choices[config.Display.I2cAddress == 0x3D ? 1 : 0]) + Number(ConfigSchema.Contrast, config.Display.Contrast)
                + Line(ConfigSchema.Rotate, ConfigSchema.Rotate.Choices[config.Display.Rotate180 ? 1 : 0]);
            text += "\n[console]\n" + Line(ConfigSchema.ConsolePort, config.Console.Port) + Number(ConfigSchema.Baud, config.Console.Baud) + Number(ConfigSchema.MaximumLine, config.Console.MaximumLine);
            text += "\n[journal]\n" + Number(ConfigSchema.CapacityBytes, config.Journal.CapacityBytes) + Number(ConfigSchema.PartitionBytes, config.Journal.PartitionBytes)
                + Number(ConfigSchema.ReserveBytes, config.Journal.ReserveBytes) + Number(ConfigSchema.HeapBytes, config.Journal.HeapBytes)
                + Number(ConfigSchema.CapacityRecords, config.Journal.CapacityRecords) + Number(ConfigSchema.RetentionMinutes, config.Journal.RetentionMinutes);
            text += "\n[wifi]\n" + Line(ConfigSchema.Ssid, config.WifiSsid) + Secret(ConfigSchema.WifiPassword, config.Secrets.WifiPassword)
                + Secret(ConfigSchema.TechnicianPin, config.Secrets.TechnicianPin);
            return text;
        }

        private static string PrintClock(LocalTimeZone zone)
        {
            int offset = zone.StandardOffsetMinutes;
            string text = "\n[clock]\n" + Line(ConfigSchema.UtcOffset, (offset < 0 ? "-" : "+") + TimeText.FormatClock(offset < 0 ? -offset : offset));
            DstRule dst = zone.Dst;
            if (dst != null)
            {
                text += Line(ConfigSchema.DstStart, Rule(dst.StartWeek, dst.StartDayOfWeek, dst.StartMonth, dst.StartMinuteOfDay))
                    + Line(ConfigSchema.DstEnd, Rule(dst.EndWeek, dst.EndDayOfWeek, dst.EndMonth, dst.EndMinuteOfDay))
                    + Number(ConfigSchema.DstSave, dst.SaveMinutes);
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
                text += Line(ConfigSchema.Band, TimeText.FormatClock(band.StartMinuteOfDay) + " " + price);
            }

            for (int i = 0; i < tariff.EscalationCount; i++)
            {
                text += Line(ConfigSchema.Escalate, tariff.EscalationAt(i).AfterMinutes.ToString() + " " + tariff.EscalationAt(i).Percent.ToString() + "%");
            }

            text += Line(ConfigSchema.MinimumPurchase, Cents.Format(tariff.MinimumPurchaseCents)) + Number(ConfigSchema.MaximumStay, tariff.MaximumStayMinutes);
            for (int day = 0; day < 7; day++)
            {
                EnforcementWindow[] windows = tariff.Windows(day);
                string value = windows.Length == 0 ? "off" : "";
                for (int i = 0; i < windows.Length; i++)
                {
                    value += (i == 0 ? "" : " ") + TimeText.FormatClock(windows[i].StartMinuteOfDay) + "-" + TimeText.FormatClock(windows[i].EndMinuteOfDay);
                }

                text += Line(ConfigSchema.Days[day], value);
            }

            for (int i = 0; i < tariff.HolidayCount; i++)
            {
                text += Line(ConfigSchema.Holiday, TimeText.FormatDate(tariff.Holiday(i)));
            }

            return text;
        }

        private static string Rule(int week, int dayOfWeek, int month, int minuteOfDay)
        {
            return TariffConfigReader.WeekWords[week - 1] + " " + TariffConfigReader.DayKeys[dayOfWeek] + " " + TariffConfigReader.MonthWords[month - 1] + " " + TimeText.FormatClock(minuteOfDay);
        }

        // As a comment, so the printout is itself a valid nf.config; secrets live in the secrets file.
        private static string Secret(ConfigKey key, string secret)
        {
            return "# " + (key.Section == "technician" ? "technician " : "") + key.Name + " (secrets file): " + (secret == null || secret.Length == 0 ? "(not set)" : Secrets.Mask) + "\n";
        }

        private static string Line(ConfigKey key, string value)
        {
            return key.Name + " = " + value + "\n";
        }

        private static string Number(ConfigKey key, int value)
        {
            return Line(key, value.ToString());
        }
    }
}
