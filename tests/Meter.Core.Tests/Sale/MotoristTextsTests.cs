using System.Linq;
using Meter.Core.Display;
using Meter.Core.Sale;
using Meter.Core.Tests.Display;
using Xunit;

namespace Meter.Core.Tests.Sale;

public class MotoristTextsTests
{
    // 25 characters, OPSCOM's longest plate ('1' and '0' type one character a press).
    private const string LongestPlateKeys = "1010101010101010101010101";

    public static TheoryData<string, string> EveryScreenInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in ScreenTour.Names)
        {
            data.Add(name, "en");
            data.Add(name, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryScreenInBothLanguages))]
    public void EveryScreen_WithTheLongestPlateAndTheMaximumAmount_FitsItsRows_InGlyphsTheFontHas(string name, string language)
    {
        var screen = ScreenTour.Make(name, language, LongestPlateKeys, coinCents: 100_000);

        foreach (string row in new[] { screen.Title, screen.Line1, screen.Line2, screen.Line3, screen.Footer })
        {
            Assert.True(row.Length <= ScreenRenderer.Columns, name + "/" + language + ": '" + row + "' is " + row.Length + " characters");
        }

        // The plate being typed scrolls (its last 21 characters show); the confirmation splits it on two rows.
        int bigLimit = screen.Kind == ScreenKind.Plate ? PlateEditorLimit : screen.Kind == ScreenKind.Confirm ? 2 * ScreenRenderer.Columns : ScreenRenderer.Columns;
        Assert.True(screen.Big.Length <= bigLimit, name + "/" + language + ": big '" + screen.Big + "'");
        var box = Font5x7.Glyph('\u0001', out _);
        string missing = new string(screen.ToString().Where(c => c != '\n' && Font5x7.Glyph(c, out _) == box).ToArray());
        Assert.True(missing.Length == 0, name + "/" + language + ": no glyph for '" + missing + "'");
    }

    private const int PlateEditorLimit = PlateEditor.MaximumLength;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void EveryRowWithATime_FitsWithTheLongestTime_ADayLater(string language)
    {
        var texts = MotoristTexts.For(language);
        string latest = texts.Clock(23 * 60 + 59, 9);

        foreach (string row in new[] { texts.Until + latest, texts.MaximumUntil + latest, texts.ValidUntil + latest, latest })
        {
            Assert.True(row.Length <= ScreenRenderer.Columns, "'" + row + "' is " + row.Length + " characters");
        }

        Assert.True((texts.UpTo + texts.Money(99_999) + texts.More).Length <= ScreenRenderer.Columns);
        Assert.True((texts.Minimum + texts.Money(99_999)).Length <= ScreenRenderer.Columns);
    }

    [Fact]
    public void French_WritesAmountsAndTimesTheCanadianWay()
    {
        var french = MotoristTexts.For("fr");
        var english = MotoristTexts.For("en");

        Assert.Equal(("3,50 $", "14 h 30", "09 h 05 +1 J"), (french.Money(350), french.Clock(14 * 60 + 30), french.Clock(9 * 60 + 5, 1)));
        Assert.Equal(("$3.50", "14:30", "09:05 +1D"), (english.Money(350), english.Clock(14 * 60 + 30), english.Clock(9 * 60 + 5, 1)));
        Assert.Equal("FRAN\u00C7AIS", french.Name);
        Assert.Null(MotoristTexts.For("de"));
    }
}
