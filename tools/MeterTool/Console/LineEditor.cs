using System.Text;

namespace MeterTool.Console;

/// <summary>
/// Local line editing for the console: insert anywhere, Backspace/Delete, Left/Right/Home/End, Up/Down
/// through the lines sent before. A secret line (the PIN) shows stars and stays out of the history.
/// It draws relative to where the cursor is (after the meter's own prompt), so it never needs the prompt.
/// </summary>
public sealed class LineEditor(Func<ConsoleKeyInfo> readKey, TextWriter output)
{
    private readonly List<string> _history = new();

    /// <summary>The lines entered so far, oldest first (secret ones excluded).</summary>
    public IReadOnlyList<string> History => _history;

    /// <summary>Reads a line; null when the user leaves (Ctrl-C, or Ctrl-D on an empty line).</summary>
    public string? ReadLine(bool secret) => ReadLine(() => secret);

    /// <summary>
    /// Reads a line, asking <paramref name="isSecret"/> at every key: the meter's PIN prompt may arrive after
    /// the editor started on the next line.
    /// </summary>
    public string? ReadLine(Func<bool> isSecret)
    {
        var line = new StringBuilder();
        int cursor = 0;
        int shown = 0;
        int shownLength = 0;
        int recalled = _history.Count;
        while (true)
        {
            var key = readKey();
            bool secret = isSecret();
            bool control = (key.Modifiers & ConsoleModifiers.Control) != 0;
            if ((control && key.Key == ConsoleKey.C) || key.KeyChar == '\x03' || (line.Length == 0 && ((control && key.Key == ConsoleKey.D) || key.KeyChar == '\x04')))
            {
                output.Write("\r\n");
                return null;
            }

            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    output.Write("\r\n");
                    string text = line.ToString();
                    if (!secret && text.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != text))
                    {
                        _history.Add(text);
                    }

                    return text;
                case ConsoleKey.Backspace when cursor > 0:
                    line.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < line.Length:
                    line.Remove(cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < line.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                    cursor = line.Length;
                    break;
                case ConsoleKey.UpArrow when !secret && recalled > 0:
                case ConsoleKey.DownArrow when !secret && recalled < _history.Count:
                    recalled += key.Key == ConsoleKey.UpArrow ? -1 : 1;
                    line.Clear().Append(recalled < _history.Count ? _history[recalled] : "");
                    cursor = line.Length;
                    break;
                default:
                    if (key.KeyChar >= ' ' && key.KeyChar != '\x7f')
                    {
                        line.Insert(cursor++, key.KeyChar);
                    }
                    else if (key.KeyChar == '\x7f' && cursor > 0)
                    {
                        line.Remove(--cursor, 1);
                    }

                    break;
            }

            shown = Redraw(line, cursor, shown, ref shownLength, secret);
        }
    }

    // Back to the start of the line as shown, the line again (blanks over what got shorter), then back to the cursor.
    private int Redraw(StringBuilder line, int cursor, int shownCursor, ref int shownLength, bool secret)
    {
        string visible = secret ? new string('*', line.Length) : line.ToString();
        int blanks = Math.Max(0, shownLength - visible.Length);
        var draw = new StringBuilder();
        draw.Append('\b', shownCursor).Append(visible).Append(' ', blanks).Append('\b', visible.Length + blanks - cursor);
        output.Write(draw.ToString());
        shownLength = visible.Length;
        return cursor;
    }
}
