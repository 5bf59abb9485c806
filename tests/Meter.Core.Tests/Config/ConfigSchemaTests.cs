using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Meter.Core.Config;
using Xunit;

namespace Meter.Core.Tests.Config;

public class ConfigSchemaTests
{
    private static readonly string CommittedConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Config", "Fixtures", "nf.config"));
    private static readonly string ExampleSecrets = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Config", "Fixtures", "secrets.example.config"));

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var key in ConfigSchema.All)
        {
            data.Add(key.FullName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void CommittedNfConfig_DocumentsEveryKeyWithItsRange_InItsSection(string fullName)
    {
        var key = ConfigSchema.All.Single(k => k.FullName == fullName);

        string section = SectionText(CommittedConfig, key.Section);
        string? comment = section.Split('\n').FirstOrDefault(l => l.StartsWith("# " + key.Name + ": ", StringComparison.Ordinal));

        Assert.True(comment != null, "nf.config [" + key.Section + "] has no '# " + key.Name + ": ...' comment");
        Assert.Contains(key.Range, comment);
        Assert.Contains(key.Help, comment);
    }

    [Fact]
    public void CommittedNfConfig_SetsOnlyDeclaredKeys()
    {
        string? section = null;
        foreach (string line in CommittedConfig.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith('['))
            {
                section = line.Trim('[', ']');
                continue;
            }

            string name = line.Split('=')[0].Trim();
            Assert.Contains(ConfigSchema.All, k => k.Section == section && k.Name == name);
        }
    }

    public static TheoryData<string> IntegerKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in ConfigSchema.All.Where(k => k.Kind == ConfigKind.Integer))
        {
            data.Add(key.FullName);
        }

        return data;
    }

    // The reader enforces exactly the declared range: the largest value reads, one more is refused with the range in the reason.
    [Theory]
    [MemberData(nameof(IntegerKeys))]
    public void Reader_IntegerKey_EnforcesTheDeclaredRange(string fullName)
    {
        var key = ConfigSchema.All.Single(k => k.FullName == fullName);

        var above = new ConfigErrors();
        MeterConfigReader.Read(WithValue(key, (key.Maximum + 1L).ToString()), ExampleSecrets, above);
        var below = new ConfigErrors();
        MeterConfigReader.Read(WithValue(key, (key.Minimum - 1L).ToString()), ExampleSecrets, below);

        Assert.Contains(Enumerable.Range(0, above.Count).Select(i => above[i]), e => e.Key == key.FullName && e.Reason.Contains("from " + key.Minimum + " to " + key.Maximum));
        Assert.Contains(Enumerable.Range(0, below.Count).Select(i => below[i]), e => e.Key == key.FullName && e.Reason.Contains("from " + key.Minimum + " to " + key.Maximum));
    }

    public static TheoryData<string> ChoiceKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in ConfigSchema.All.Where(k => k.Kind == ConfigKind.Choice))
        {
            data.Add(key.FullName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChoiceKeys))]
    public void Reader_ChoiceKey_TakesEachDeclaredChoice_AndRefusesOthersNamingThem(string fullName)
    {
        var key = ConfigSchema.All.Single(k => k.FullName == fullName);

        foreach (string choice in key.Choices)
        {
            var errors = new ConfigErrors();
            Assert.NotNull(MeterConfigReader.Read(WithValue(key, choice), ExampleSecrets, errors));
        }

        var refused = new ConfigErrors();
        MeterConfigReader.Read(WithValue(key, "nonsense"), ExampleSecrets, refused);
        Assert.Contains(Enumerable.Range(0, refused.Count).Select(i => refused[i]), e => e.Key == key.FullName && e.Reason.Contains(key.Range));
    }

    [Fact]
    public void Sections_AreThoseOfTheDeclaredKeys_InFileOrder()
    {
        Assert.Equal(new[] { "meter", "clock", "tariff", "opscom", "sync", "coins", "keypad", "display", "console", "journal", "wifi" }, ConfigSchema.Sections);
        Assert.Equal(new[] { "opscom", "wifi", "technician" }, ConfigSchema.SecretSections);
    }

    // The committed file with the key set to a value (its line replaced, or added at the top of its section).
    private static string WithValue(ConfigKey key, string value)
    {
        var pattern = new Regex("^" + Regex.Escape(key.Name) + @"\s*=.*$", RegexOptions.Multiline);
        string text = SectionText(CommittedConfig, key.Section);
        string replaced = pattern.IsMatch(text) ? pattern.Replace(text, key.Name + " = " + value, 1) : "[" + key.Section + "]\n" + key.Name + " = " + value + text.Substring(text.IndexOf('\n'));
        return CommittedConfig.Replace(text, replaced);
    }

    private static string SectionText(string config, string section)
    {
        int start = config.IndexOf("[" + section + "]", StringComparison.Ordinal);
        Assert.True(start >= 0, "nf.config has no [" + section + "]");
        int end = config.IndexOf("\n[", start + 1, StringComparison.Ordinal);
        return end < 0 ? config.Substring(start) : config.Substring(start, end - start);
    }
}
