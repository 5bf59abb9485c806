using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Meter.Core.Display;
using Xunit;

namespace Meter.Core.Tests.Display;

/// <summary>
/// Every screen the sale flow shows, rendered and compared bit for bit with a PBM image kept in
/// Display/Fixtures. After a deliberate change of look, run once with METER_UPDATE_GOLDEN=1 and review
/// the new images before committing them.
/// </summary>
public class GoldenFrameTests
{
    public static IEnumerable<object[]> Screens() =>
        ScreenTour.Names.SelectMany(name => new[] { new object[] { name, "en" }, new object[] { name, "fr" } });

    [Theory]
    [MemberData(nameof(Screens))]
    public void Screen_MatchesItsGoldenFrame(string name, string language)
    {
        var frame = new Frame();
        ScreenRenderer.Draw(ScreenTour.Make(name, language, name == "plate" ? "2 22 77" : "2"), frame);
        byte[] actual = Pbm(frame);
        string file = name + "." + language + ".pbm";
        string fixture = Path.Combine(AppContext.BaseDirectory, "Display", "Fixtures", file);

        if (Environment.GetEnvironmentVariable("METER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceFolder(), file), actual);
            return;
        }

        Assert.True(File.Exists(fixture), "no golden frame " + fixture + "; run with METER_UPDATE_GOLDEN=1 and review it");
        Assert.True(File.ReadAllBytes(fixture).SequenceEqual(actual), file + " differs from its golden frame:\n" + Ascii(frame));
    }

    [Fact]
    public void EveryScreenKind_HasAGoldenFrame()
    {
        var kinds = ScreenTour.Names.Select(n => ScreenTour.Make(n, "en").Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<ScreenKind>().Length - 1, kinds.Count); // all but None
    }

    // Binary PBM (P4): rows of 16 bytes, most significant bit first, 1 = lit.
    private static byte[] Pbm(Frame frame)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("P4\n128 64\n"));
        for (int y = 0; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x += 8)
            {
                int b = 0;
                for (int bit = 0; bit < 8; bit++)
                {
                    b |= frame.Get(x + bit, y) ? 0x80 >> bit : 0;
                }

                bytes.Add((byte)b);
            }
        }

        return bytes.ToArray();
    }

    private static string Ascii(Frame frame)
    {
        var text = new StringBuilder();
        for (int y = 0; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x++)
            {
                text.Append(frame.Get(x, y) ? '#' : '.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string SourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Meter.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, "tests", "Meter.Core.Tests", "Display", "Fixtures");
    }
}
