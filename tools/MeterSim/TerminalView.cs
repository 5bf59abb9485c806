using System.Text;
using Meter.Core.Display;

namespace MeterSim;

/// <summary>
/// Draws the OLED in the terminal: half blocks (one character per 1x2 pixels) when the terminal is at
/// least 130 columns wide, Braille (2x4 pixels per character) otherwise.
/// </summary>
public static class TerminalView
{
    public const string Legend =
        "keypad: 0-9; a = accept letter; b = English/French; c = cancel/edit;\n" +
        "  d = unused; * or backspace = delete; # or enter = OK\n" +
        "coins: {0}\n" +
        "p = power cut   n = network down/up   s = SNTP now   esc or ctrl-c = quit\n" +
        "operator console: {1}";

    public static string Render(SimDisplay display, bool wide)
    {
        var text = new StringBuilder();
        int width = wide ? Frame.Width : Frame.Width / 2;
        text.Append('+').Append('-', width).Append("+\n");
        if (wide)
        {
            for (int y = 0; y < Frame.Height; y += 2)
            {
                text.Append('|');
                for (int x = 0; x < Frame.Width; x++)
                {
                    bool top = display.Pixel(x, y);
                    bool bottom = display.Pixel(x, y + 1);
                    text.Append(top ? (bottom ? '\u2588' : '\u2580') : (bottom ? '\u2584' : ' '));
                }

                text.Append("|\n");
            }
        }
        else
        {
            for (int y = 0; y < Frame.Height; y += 4)
            {
                text.Append('|');
                for (int x = 0; x < Frame.Width; x += 2)
                {
                    text.Append(Braille(display, x, y));
                }

                text.Append("|\n");
            }
        }

        return text.Append('+').Append('-', width).Append("+\n").ToString();
    }

    // Braille dots: 1 4 / 2 5 / 3 6 / 7 8 as bits 0-7 from U+2800.
    private static char Braille(SimDisplay display, int x, int y)
    {
        int[] left = { 0x01, 0x02, 0x04, 0x40 };
        int[] right = { 0x08, 0x10, 0x20, 0x80 };
        int bits = 0;
        for (int row = 0; row < 4; row++)
        {
            bits |= display.Pixel(x, y + row) ? left[row] : 0;
            bits |= display.Pixel(x + 1, y + row) ? right[row] : 0;
        }

        return (char)(0x2800 + bits);
    }
}
