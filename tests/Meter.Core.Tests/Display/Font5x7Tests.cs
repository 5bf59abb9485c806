using System.Linq;
using Meter.Core.Display;
using Xunit;

namespace Meter.Core.Tests.Display;

public class Font5x7Tests
{
    [Theory]
    [InlineData('O', '0')]
    [InlineData('I', '1')]
    [InlineData('B', '8')]
    [InlineData('S', '5')]
    [InlineData('Z', '2')]
    [InlineData('D', '0')]
    public void LettersConfusedOnPlates_DifferByAtLeastThreePixels_TwelveInTheLargeFont(char letter, char digit)
    {
        // The slashed zero, the flat-sided B, the serifed I, the square-topped S and Z: three pixels each at least.
        Assert.True(Differing(letter, digit) >= 3, letter + " and " + digit + " differ by " + Differing(letter, digit) + " pixels");
    }

    [Fact]
    public void FrenchCapitalsAndGuillemets_HaveTheirOwnGlyphs_AllDifferent()
    {
        const string french = "\u00C9\u00C8\u00CA\u00C0\u00C2\u00C7\u00D4\u00CE\u00DB\u00D9\u00CB\u00CF\u00AB\u00BB";
        var box = Font5x7.Glyph('\u0001', out _);

        Assert.All(french, c => Assert.NotSame(box, Font5x7.Glyph(c, out _)));
        Assert.Equal(french.Length, french.Select(Bits).Distinct().Count());
        Assert.True(Differing('\u00C9', 'E') > 0 && Differing('\u00C7', 'C') > 0);
    }

    [Fact]
    public void LowerCaseH_IsItsOwn_OtherLowerCasePrintsAsUpperCase()
    {
        Assert.True(Differing('h', 'H') > 0);
        Assert.Equal(0, Differing('e', 'E'));
    }

    private static string Bits(char c)
    {
        var table = Font5x7.Glyph(c, out int offset);
        return string.Join(",", Enumerable.Range(0, Font5x7.GlyphWidth).Select(i => table[offset + i]));
    }

    private static int Differing(char a, char b)
    {
        var ta = Font5x7.Glyph(a, out int oa);
        var tb = Font5x7.Glyph(b, out int ob);
        return Enumerable.Range(0, Font5x7.GlyphWidth).Sum(i => System.Numerics.BitOperations.PopCount((uint)(ta[oa + i] ^ tb[ob + i])));
    }
}
