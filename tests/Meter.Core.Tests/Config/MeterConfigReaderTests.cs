using System;
using System.IO;
using System.Linq;
using Meter.Core.Config;
using Meter.Core.Tariffs;
using Xunit;

namespace Meter.Core.Tests.Config;

public class MeterConfigReaderTests
{
    private static readonly string CommittedConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Config", "Fixtures", "nf.config"));
    private static readonly string ExampleSecrets = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Config", "Fixtures", "secrets.example.config"));

    [Fact]
    public void Read_CommittedConfig_ParsesWithoutErrors()
    {
        var errors = new ConfigErrors();

        var config = MeterConfigReader.Read(CommittedConfig, ExampleSecrets, errors);

        Assert.True(errors.Count == 0, errors.ToString());
        Assert.NotNull(config);
        Assert.Equal("L4-0001", config!.Meter.Id);
        Assert.Equal("Lot 4", config.Meter.ZoneName);
        Assert.Equal("OC-TOMA", config.OpsCom.Client);
        Assert.True(config.Tariff.BandCount >= 10);
        Assert.Equal(25, config.Coins.CentsFor(5));
        Assert.Equal(-1, config.Coins.CentsFor(3));
        Assert.Equal("YOUR-API-TOKEN", config.Secrets.ApiToken);
    }

    [Fact]
    public void Read_CommittedConfig_TariffQuotesAsWritten()
    {
        var config = Read(CommittedConfig);
        var calculator = new TariffCalculator(config.Tariff);
        long mondayNineEdt = new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();

        var quote = calculator.QuoteForCredit(mondayNineEdt, 200);

        // 09:00-10:00 at $2.00/h.
        Assert.Equal(mondayNineEdt + 3_600_000, quote.EndUtcMs);
    }

    public static TheoryData<string, string, bool, string, string> BrokenLines => new()
    {
        // what to replace, replacement, whether the error names that line (else line 0), expected key, words of the reason
        { "currency = CAD", "currency = EUR", true, "meter.currency", "CAD or USD" },
        { "id = L4-0001", "id = L4 0001", true, "meter.id", "letters, digits" },
        { "zone = Lot 4", "zoen = Lot 4", true, "meter.zoen", "unknown key" },
        { "capacity_bytes = 245760", "capacity_bytes = 262144", true, "journal.capacity_bytes", "holds at most 245760" },
        { "capacity_bytes = 245760", "capacity_bytes = 65536", true, "journal.capacity_bytes", "must be at least" },
        { "capacity_records = 1000", "capacity_records = 5000", true, "journal.capacity_records", "bytes of managed heap; heap_bytes allows 100000" },
        { "zone = Lot 4", "zone = Lot \U0001F697 4", true, "meter.zone", "beyond U+FFFF" },
        { "zone = Lot 4", "zone = Lot \u0000 4", true, "meter.zone", "control character (code 0)" },
        { "utc_offset = -05:00", "utc_offset = -5", true, "clock.utc_offset", "-05:00" },
        { "dst_end = first sun nov 02:00", "dst_end = first sun november 02:00", true, "clock.dst_end", "second sun mar" },
        { "band = 00:00 free", "band = 01:00 free", true, "tariff.band", "00:00" },
        { "band = 10:00 2.50/60", "band = 07:30 2.50/60", true, "tariff.band", "increasing order" },
        { "band = 12:00 3.00/60", "band = 12:00 3.00/7", true, "tariff.band", "divide a day" },
        { "band = 14:00 2.50/60", "band = 14:00 2,50/60", true, "tariff.band", "2.00/60" },
        { "band = 16:00 3.00/60", "band = 25:00 3.00/60", true, "tariff.band", "HH:mm" },
        { "escalate = 240 200%", "escalate = 100 200%", true, "tariff.escalate", "increasing order" },
        { "escalate = 120 150%", "escalate = 120 150", true, "tariff.escalate", "PERCENT%" },
        { "minimum_purchase = 0.05", "minimum_purchase = 0.10", true, "tariff.minimum_purchase", "smallest coin" },
        { "maximum_stay = 180", "maximum_stay = 0", true, "tariff.maximum_stay", "1 to 10080" },
        { "mon = 07:00-21:00", "mon = 21:00-07:00", true, "tariff.mon", "start before it ends" },
        { "tue = 07:00-21:00", "tue = 07:00-12:00 11:00-21:00", true, "tariff.tue", "overlap" },
        { "sun = off", "sun = closed", true, "tariff.sun", "off" },
        { "holiday = 2026-12-26", "holiday = 2026-02-30", true, "tariff.holiday", "yyyy-MM-dd" },
        { "base_url = https://controller.operationscommander.io", "base_url = controller.operationscommander.io", true, "opscom.base_url", "http" },
        { "client = OC-TOMA", "client = OC TOMA", true, "opscom.client", "OC-TOMA" },
        { "times = utc", "times = gmt", true, "opscom.times", "utc or local" },
        { "backoff_max_ms = 1800000", "backoff_max_ms = 1000", true, "sync.backoff_max_ms", "backoff_min_ms" },
        { "timeout_ms = 10000", "timeout_ms = 10s", true, "sync.timeout_ms", "whole number" },
        { "coin = 2 0.10", "coin = 1 0.10", true, "coins.coin", "already mean 0.05" },
        { "coin = 5 0.25", "coin = five 0.25", true, "coins.coin", "PULSES AMOUNT" },
        { "i2c_address = 0x3C", "i2c_address = 0x50", true, "display.i2c_address", "0x3C or 0x3D" },
        { "port = COM2", "port = COM1", true, "console.port", "debugger" },
        { "baud = 115200", "baud = 12345", true, "console.baud", "57600 or 115200" },
        { "languages = en, fr", "languages = en, de", true, "meter.languages", "\"en, fr\"" },
        { "languages = en, fr", "languages = fr, fr", true, "meter.languages", "the first is the default" },
        { "languages = en, fr", "languages = en, fr, en", true, "meter.languages", "en, fr" },
        { "covered_wait_ms = 1500", "covered_wait_ms = 60000", true, "opscom.covered_wait_ms", "200" },
    };

    [Fact]
    public void Read_LanguagesAndCoveringPermits_AreTrimmedLists()
    {
        string text = CommittedConfig.Replace("languages = en, fr", "languages =  FR ,en").Replace("covering_permits =\n", "covering_permits = LOT4, , MONTHLY-DT \n");
        var errors = new ConfigErrors();

        var config = MeterConfigReader.Read(text, ExampleSecrets, errors)!;

        Assert.True(errors.Count == 0, errors.ToString());
        Assert.Equal(new[] { "fr", "en" }, config.Meter.Languages);
        Assert.Equal(new[] { "LOT4", "MONTHLY-DT" }, config.OpsCom.CoveringPermits);
        Assert.Equal(1500, config.OpsCom.CoveredWaitMs);
    }

    [Theory]
    [MemberData(nameof(BrokenLines))]
    public void Read_BadValue_ReportsLineKeyAndReason(string find, string replace, bool namesLine, string key, string reason)
    {
        Assert.Contains(find, CommittedConfig);
        var errors = new ConfigErrors();

        var config = MeterConfigReader.Read(CommittedConfig.Replace(find, replace), ExampleSecrets, errors);

        Assert.Null(config);
        var error = Enumerable.Range(0, errors.Count).Select(i => errors[i]).FirstOrDefault(e => e.Key == key);
        Assert.True(error != null, "no error for " + key + " in:\n" + errors);
        int line = namesLine ? CommittedConfig[..CommittedConfig.IndexOf(find)].Count(c => c == '\n') + 1 : 0;
        Assert.Equal(line, error!.Line);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Read_BadUtcOffset_IsOneError_TheDaylightKeysBesideItAreNotUnknown()
    {
        var errors = new ConfigErrors();

        Assert.Null(MeterConfigReader.Read(CommittedConfig.Replace("utc_offset = -05:00", "utc_offset = -5"), ExampleSecrets, errors));

        Assert.Equal(new[] { "clock.utc_offset" }, Enumerable.Range(0, errors.Count).Select(i => errors[i].Key).ToArray());
    }

    [Fact]
    public void Read_MoreCoinsThanTheAuditCounts_ReportsTheFirstOneTooMany()
    {
        string coins = string.Join("\n", Enumerable.Range(11, 5).Select(pulses => "coin = " + pulses + " 2.00"));
        string config = CommittedConfig.Replace("coin = 10 1.00", "coin = 10 1.00\n" + coins);
        var errors = new ConfigErrors();

        Assert.Null(MeterConfigReader.Read(config, ExampleSecrets, errors));

        int ninth = config.Split('\n').ToList().FindIndex(l => l == "coin = 15 2.00") + 1;
        Assert.Contains("line " + ninth + ": coins.coin: at most 8 coins", errors.ToString());
    }

    [Fact]
    public void Read_UnknownSection_ReportsEachOfItsLines()
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig + "[wlan]\nssid = other\n", ExampleSecrets, errors);

        int ssidLine = CommittedConfig.Count(c => c == '\n') + 2;
        Assert.Contains("line " + ssidLine + ": wlan.ssid: unknown section [wlan]", errors.ToString());
    }

    [Fact]
    public void Brief_NamesTheLineAndKey_InTheOledsTwoRows()
    {
        var errors = new ConfigErrors();
        string config = CommittedConfig.Replace("currency = CAD", "currency = EUR");
        int line = Array.FindIndex(config.Split('\n'), l => l.StartsWith("currency", StringComparison.Ordinal)) + 1;

        MeterConfigReader.Read(config, ExampleSecrets, errors);

        Assert.Equal("METER.CURRENCY LINE " + line, errors[0].Brief());
        Assert.True(("INVALID CONFIG: " + errors[0].Brief()).Length <= 2 * Meter.Core.Display.ScreenRenderer.Columns);
    }

    [Fact]
    public void Read_MissingKey_IsReported()
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig.Replace("zone = Lot 4", ""), ExampleSecrets, errors);

        Assert.Contains("meter.zone: missing", errors.ToString());
    }

    [Fact]
    public void Read_KeySetTwice_NamesTheFirstLine()
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig.Replace("zone = Lot 4", "zone = Lot 4\nzone = Lot 5"), ExampleSecrets, errors);

        int zone = LineOf("zone = Lot 4");
        Assert.Contains("line " + (zone + 1) + ": meter.zone: set twice (first on line " + zone + ")", errors.ToString());
    }

    [Fact]
    public void Read_KeyBeforeAnySection_IsReported()
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read("id = M1\n" + CommittedConfig, ExampleSecrets, errors);

        Assert.Contains("line 1: id: comes before any [section]", errors.ToString());
    }

    [Fact]
    public void Read_OverlongLineOrFile_IsRefusedWithoutReadingIt()
    {
        var lineErrors = new ConfigErrors();
        var fileErrors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig.Replace("zone = Lot 4", "zone = " + new string('x', 300)), ExampleSecrets, lineErrors);
        MeterConfigReader.Read(CommittedConfig + new string('#', ConfigDocument.MaximumBytes), ExampleSecrets, fileErrors);

        Assert.Contains("line " + LineOf("zone = Lot 4") + ": meter: line longer than 200 characters", lineErrors.ToString());
        Assert.Contains("file: larger than", fileErrors.ToString());
    }

    [Fact]
    public void Read_WindowsLineEndings_AreAccepted()
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig.Replace("\n", "\r\n"), ExampleSecrets.Replace("\n", "\r\n"), errors);

        Assert.True(errors.Count == 0, errors.ToString());
    }

    [Theory]
    [InlineData("pin = 0000", "pin = 12", "secrets:technician.pin", "4-8 digits")]
    [InlineData("api_token = YOUR-API-TOKEN", "api_token = has spaces in it", "secrets:opscom.api_token", "letters, digits")]
    [InlineData("[wifi]", "[wlan]", "secrets:wlan.password", "unknown section [wlan]")]
    public void Read_BadSecret_ReportsItWithoutQuotingTheValue(string find, string replace, string key, string reason)
    {
        var errors = new ConfigErrors();

        MeterConfigReader.Read(CommittedConfig, ExampleSecrets.Replace(find, replace), errors);

        string report = errors.ToString();
        Assert.Contains(key + ": ", report);
        Assert.Contains(reason, report);
        if (replace.Contains(" = "))
        {
            Assert.DoesNotContain(replace.Split(" = ")[1], report);
        }
    }

    [Fact]
    public void Print_NeverShowsASecret()
    {
        var secrets = "[opscom]\napi_token = tok-9f8e7d6c5b4a\n[wifi]\npassword = hunter2-wifi\n[technician]\npin = 48151623\n";
        var config = Read(CommittedConfig, secrets);

        string printed = ConfigPrinter.Print(config);

        Assert.DoesNotContain("tok-9f8e7d6c5b4a", printed);
        Assert.DoesNotContain("hunter2-wifi", printed);
        Assert.DoesNotContain("48151623", printed);
        Assert.Contains("api_token (secrets file): " + Secrets.Mask, printed);
    }

    [Fact]
    public void Print_IsAValidConfigThatReadsBackTheSame()
    {
        var config = Read(CommittedConfig);
        string printed = ConfigPrinter.Print(config);

        var again = Read(printed);

        Assert.Equal(printed, ConfigPrinter.Print(again));
    }

    [Fact]
    public void Read_DefaultsApply_WhereOptionalKeysAreLeftOut()
    {
        string minimal = string.Join("\n", CommittedConfig.Split('\n').Where(l => !l.StartsWith("timeout_ms") && !l.StartsWith("multitap_ms")));

        var config = Read(minimal);

        Assert.Equal(10000, config.Sync.TimeoutMs);
        Assert.Equal(1000, config.Keypad.MultiTapMs);
    }

    // The 1-based line of the committed file that starts with this text.
    private static int LineOf(string start) => Array.FindIndex(CommittedConfig.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static MeterConfig Read(string text, string? secrets = null)
    {
        var errors = new ConfigErrors();
        var config = MeterConfigReader.Read(text, secrets ?? ExampleSecrets, errors);
        Assert.True(errors.Count == 0, errors.ToString());
        return config!;
    }
}
