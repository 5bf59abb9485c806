using Xunit;

namespace OpsComEmulator.Tests;

public class EmulatorOptionsTests
{
    [Fact]
    public void Parse_ReadsEveryFlag()
    {
        var options = EmulatorOptions.Parse(new[] { "--urls", "http://127.0.0.1:6000", "--db", ":memory:", "--client", "OC-TOMA=abc", "--client", "OC_TOMA=def:permits+validate", "--faults", "push:5xx=0.1" });

        Assert.Equal("http://127.0.0.1:6000", options.Urls);
        Assert.Equal(":memory:", options.Database);
        Assert.Equal(new[] { ("OC-TOMA", "abc", "*"), ("OC_TOMA", "def", "permits+validate") }, options.Tokens);
        Assert.Equal("push:5xx=0.1", options.Faults);
    }

    [Fact]
    public void Parse_Defaults_ListenOnLoopbackWithOneDevelopmentClient()
    {
        var options = EmulatorOptions.Parse(Array.Empty<string>());

        Assert.StartsWith("http://127.0.0.1:", options.Urls);
        Assert.Single(options.Tokens);
    }

    [Theory]
    [InlineData("--client", "nocode")]
    [InlineData("--bogus", "x")]
    [InlineData("--urls")]
    public void Parse_BadFlags_SayWhatIsWrong(params string[] args)
    {
        Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(args));
    }

    [Fact]
    public void Parse_BadFaultPlan_IsAFormatError()
    {
        Assert.Throws<FormatException>(() => EmulatorOptions.Parse(new[] { "--faults", "push:nope=1" }));
    }
}
