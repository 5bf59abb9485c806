using Meter.Core.Sale;
using Xunit;

namespace Meter.Core.Tests.Sale;

public class PlateEditorTests
{
    [Fact]
    public void MultiTap_CyclesLetters_WithinTheTime_AndAcceptsOnAnotherKey()
    {
        var editor = new PlateEditor(1000);

        editor.Digit(7, 0);
        editor.Digit(7, 300);
        editor.Digit(7, 600);
        editor.Digit(2, 900);

        Assert.Equal("R", editor.Plate);
        Assert.Equal('A', editor.Pending);
    }

    [Fact]
    public void SingleCharacterKeys_PressedQuickly_TypeACharacterEachPress()
    {
        var editor = new PlateEditor(1000);

        editor.Digit(1, 0);
        editor.Digit(0, 100);
        editor.Digit(0, 200);
        for (int i = 0; i < 30; i++)
        {
            editor.Digit(1, 300 + i * 10);
        }

        editor.Accept();
        Assert.Equal("100" + new string('1', 22), editor.Plate);
    }

    [Fact]
    public void SameKeyAfterTheTime_StartsANewLetter()
    {
        var editor = new PlateEditor(1000);

        editor.Digit(2, 0);
        Assert.True(editor.Tick(1000));
        editor.Digit(2, 1100);
        editor.Accept();

        Assert.Equal("AA", editor.Plate);
    }

    [Fact]
    public void DigitsComeLastInTheCycle()
    {
        var editor = new PlateEditor(1000);
        for (int i = 0; i < 5; i++)
        {
            editor.Digit(7, i * 10);
        }

        Assert.Equal('7', editor.Pending);
        editor.Digit(0, 100);
        editor.Digit(1, 200);
        editor.Accept();
        Assert.Equal("701", editor.Plate);
    }

    [Fact]
    public void Backspace_DropsThePendingLetterFirst()
    {
        var editor = new PlateEditor(1000);
        editor.Digit(2, 0);
        editor.Digit(3, 10);

        Assert.True(editor.Backspace());
        Assert.Equal("A", editor.Text);
        Assert.True(editor.Backspace());
        Assert.False(editor.Backspace());
    }

    [Fact]
    public void Plate_StopsAt25Characters()
    {
        var editor = new PlateEditor(1000);
        for (int i = 0; i < 40; i++)
        {
            editor.Digit(i % 2, i * 10);
        }

        editor.Accept();

        Assert.Equal(25, editor.Plate.Length);
    }
}
