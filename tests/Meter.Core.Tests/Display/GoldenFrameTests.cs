using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.Core.Tests.Sale;
using Xunit;

namespace Meter.Core.Tests.Display;

/// <summary>
/// Every screen the sale flow shows, rendered and compared bit for bit with a PBM image kept in
/// Display/Fixtures. After a deliberate change of look, run once with METER_UPDATE_GOLDEN=1 and review
/// the new images before committing them.
/// </summary>
public class GoldenFrameTests
{
    private static readonly long Ten = new DateTimeOffset(2026, 7, 6, 10, 0, 0, TimeSpan.FromHours(-4)).ToUnixTimeMilliseconds();

    public static IEnumerable<object[]> Screens() => ScreenNames.Select(name => new object[] { name });

    private static readonly string[] ScreenNames = { "idle", "plate", "payment", "add-time", "wait", "paid", "free", "out-of-service", "not-recorded" };

    [Theory]
    [MemberData(nameof(Screens))]
    public void Screen_MatchesItsGoldenFrame(string name)
    {
        var frame = new Frame();
        ScreenRenderer.Draw(Make(name), frame);
        byte[] actual = Pbm(frame);
        string fixture = Path.Combine(AppContext.BaseDirectory, "Display", "Fixtures", name + ".pbm");

        if (Environment.GetEnvironmentVariable("METER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceFolder(), name + ".pbm"), actual);
            return;
        }

        Assert.True(File.Exists(fixture), "no golden frame " + fixture + "; run with METER_UPDATE_GOLDEN=1 and review it");
        Assert.True(File.ReadAllBytes(fixture).SequenceEqual(actual), name + " differs from its golden frame:\n" + Ascii(frame));
    }

    [Fact]
    public void EveryScreenKind_HasAGoldenFrame()
    {
        var kinds = ScreenNames.Select(n => Make(n).Kind).ToHashSet();

        Assert.Equal(9, kinds.Count);
    }

    private static Screen Make(string name)
    {
        var context = new FakeSaleContext();
        var flow = new SaleFlow(SaleFlowTests.Config(), context);
        long ms = 1000;
        void Key(char c) => flow.OnKey(c, Ten, ms += 100);
        flow.OnTick(Ten, ms);
        if (name != "idle" && name != "out-of-service")
        {
            Key(SaleFlowTests.WakeKey);
        }

        switch (name)
        {
            case "idle":
                return flow.Screen;
            case "plate":
                foreach (char c in "2 22 77")
                {
                    if (c == ' ') { ms += 2000; flow.OnTick(Ten, ms); } else { Key(c); }
                }

                return flow.Screen;
            case "payment":
                Key('2');
                Key('#');
                flow.OnCoin(200, Ten, ms += 100);
                return flow.Screen;
            case "add-time":
                context.Active["A"] = new PermitRecord { Seq = 3, PermitNo = "L4-0001-3", Plate = "A", StartUtcMs = Ten - 600_000, EndUtcMs = Ten + 1_800_000, AmountCents = 155 };
                Key('2');
                Key('#');
                flow.OnCoin(100, Ten, ms += 100);
                return flow.Screen;
            case "wait":
            case "paid":
            case "not-recorded":
                Key('2');
                Key('#');
                flow.OnCoin(250, Ten, ms += 100);
                Key('#');
                if (name == "paid")
                {
                    flow.OnCommitted(new PermitRecord { PermitNo = "L4-0001-12", EndUtcMs = flow.PendingCommit!.EndUtcMs });
                }
                else if (name == "not-recorded")
                {
                    flow.OnCommitFailed("flash write failed");
                }

                return flow.Screen;
            case "free":
                flow.OnKey('2', Ten - 86_400_000, ms += 100);
                flow.OnKey('#', Ten - 86_400_000, ms += 100);
                return flow.Screen;
            default:
                context.FullReason = "journal full: 2000 permits waiting";
                flow.OnTick(Ten, ms += 1000);
                return flow.Screen;
        }
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
