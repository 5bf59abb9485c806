using MeterTool.Console;
using Xunit;

namespace MeterTool.Tests.Console;

public sealed class LineEditorTests
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();
    private readonly StringWriter _screen = new();

    [Fact]
    public void Editing_InsertsAtTheCursor_AndDeletesBothWays()
    {
        var editor = Editor();
        Type("sttus");
        Key(ConsoleKey.Home); Key(ConsoleKey.RightArrow); Key(ConsoleKey.RightArrow); Type("a");
        Key(ConsoleKey.End); Type("x"); Key(ConsoleKey.Backspace);
        Key(ConsoleKey.Home); Type("y"); Key(ConsoleKey.LeftArrow); Key(ConsoleKey.Delete);
        Key(ConsoleKey.Enter);

        Assert.Equal("status", editor.ReadLine(secret: false));
    }

    [Fact]
    public void History_UpAndDown_RecallsEarlierLines_AndSkipsRepeatsAndSecrets()
    {
        var editor = Editor();
        Type("status"); Key(ConsoleKey.Enter);
        Type("status"); Key(ConsoleKey.Enter);
        Type("1234"); Key(ConsoleKey.Enter);
        Type("queue"); Key(ConsoleKey.Enter);
        Key(ConsoleKey.UpArrow); Key(ConsoleKey.UpArrow); Key(ConsoleKey.UpArrow); Key(ConsoleKey.DownArrow); Key(ConsoleKey.Enter);

        editor.ReadLine(secret: false);
        editor.ReadLine(secret: false);
        editor.ReadLine(secret: true);
        editor.ReadLine(secret: false);
        string recalled = editor.ReadLine(secret: false)!;

        Assert.Equal("queue", recalled);
        Assert.Equal(new[] { "status", "queue" }, editor.History);
    }

    [Fact]
    public void Secret_ShowsStarsOnly()
    {
        var editor = Editor();
        Type("0000"); Key(ConsoleKey.Enter);

        Assert.Equal("0000", editor.ReadLine(secret: true));
        Assert.Contains("****", _screen.ToString());
        Assert.DoesNotContain("0", _screen.ToString());
    }

    [Fact]
    public void CtrlC_OrCtrlDOnAnEmptyLine_Leaves()
    {
        var editor = Editor();
        _keys.Enqueue(new ConsoleKeyInfo('\x03', ConsoleKey.C, false, false, true));
        _keys.Enqueue(new ConsoleKeyInfo('\x04', ConsoleKey.D, false, false, true));

        Assert.Null(editor.ReadLine(secret: false));
        Assert.Null(editor.ReadLine(secret: false));
    }

    [Fact]
    public void EchoFilter_DropsExactlyTheEchoOfTheLineSent()
    {
        var filter = new EchoFilter();
        filter.Expect("status");

        string first = filter.Pass("sta");
        string rest = filter.Pass("tus\r\nnetwork  online\r\n> ");

        Assert.Equal("", first);
        Assert.Equal("network  online\r\n> ", rest);
        Assert.Equal("other", filter.Pass("other"));
    }

    private LineEditor Editor() => new(() => _keys.Dequeue(), _screen);

    private void Type(string text)
    {
        foreach (char c in text)
        {
            _keys.Enqueue(new ConsoleKeyInfo(c, ConsoleKey.A, false, false, false));
        }
    }

    private void Key(ConsoleKey key) => _keys.Enqueue(new ConsoleKeyInfo('\0', key, false, false, false));
}
