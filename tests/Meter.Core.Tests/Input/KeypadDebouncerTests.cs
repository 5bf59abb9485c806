using Meter.Core.Input;
using Xunit;

namespace Meter.Core.Tests.Input;

public class KeypadDebouncerTests
{
    [Fact]
    public void BouncingContact_CountsAsOnePress_OnceSettled()
    {
        var keypad = new KeypadDebouncer(30);
        int five = KeypadDebouncer.Layout.IndexOf('5');

        keypad.Raw(five, true, 0);
        keypad.Raw(five, false, 3);
        keypad.Raw(five, true, 5);
        keypad.Raw(five, false, 9);
        keypad.Raw(five, true, 12);

        Assert.Equal('\0', keypad.Poll(30));
        Assert.Equal('5', keypad.Poll(42));
        Assert.Equal('\0', keypad.Poll(200));
    }

    [Fact]
    public void ShortGlitch_IsNoPress()
    {
        var keypad = new KeypadDebouncer(30);

        keypad.Raw(0, true, 0);
        keypad.Raw(0, false, 10);

        Assert.Equal('\0', keypad.Poll(100));
    }

    [Fact]
    public void HeldKey_PressesOnce_AndAgainOnlyAfterRelease()
    {
        var keypad = new KeypadDebouncer(20);
        int hash = KeypadDebouncer.Layout.IndexOf('#');

        keypad.Raw(hash, true, 0);
        Assert.Equal('#', keypad.Poll(25));
        Assert.Equal('\0', keypad.Poll(2000));
        keypad.Raw(hash, false, 2000);
        keypad.Poll(2030);
        keypad.Raw(hash, true, 2100);
        Assert.Equal('#', keypad.Poll(2130));
    }

    [Fact]
    public void TwoKeysTogether_AreBothReported_InOrder()
    {
        var keypad = new KeypadDebouncer(10);

        keypad.Raw(0, true, 0);
        keypad.Raw(15, true, 1);

        Assert.Equal('1', keypad.Poll(20));
        Assert.Equal('D', keypad.Poll(20));
    }
}
