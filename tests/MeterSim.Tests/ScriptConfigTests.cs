using MeterSim;
using Xunit;

namespace MeterSim.Tests;

public sealed class ScriptConfigTests
{
    private const string Config = "[meter]\nid = L4-0001\nlanguages = en, fr\n\n[opscom]\ncovering_permits =\ncovered_wait_ms = 1500\n";

    [Fact]
    public void Settings_ReplaceTheirKeysLine_InTheirSection()
    {
        string changed = ScriptConfig.Apply(Config, new[] { "# config: opscom.covering_permits = MONTHLY-DT", "keys 2#", "# config: meter.languages = fr" });

        Assert.Equal("[meter]\nid = L4-0001\nlanguages = fr\n\n[opscom]\ncovering_permits = MONTHLY-DT\ncovered_wait_ms = 1500\n", changed);
    }

    [Theory]
    [InlineData("# config: opscom.covering = X")]
    [InlineData("# config: nosection.id = X")]
    [InlineData("# config: covering_permits = X")]
    [InlineData("# config: opscom.covering_permits")]
    [InlineData("# config: meter.covered_wait_ms = 200")]
    public void ASettingNfConfigDoesNotHold_IsAnErrorNamingIt_NeverASilentNoOp(string line)
    {
        var error = Assert.Throws<FormatException>(() => ScriptConfig.Apply(Config, new[] { line }));

        Assert.Contains(line, error.Message);
    }
}
