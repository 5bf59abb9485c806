using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Meter.Core.NanoCompat;

/// <summary>The pins the firmware drives are the pins the technician wires: Board.cs and hardware/pin-map.md say the same.</summary>
public class BoardPinMapTests
{
    [Fact]
    public void Board_AndHardwarePinMap_NameTheSamePins()
    {
        string board = File.ReadAllText(Path.Combine(RepositoryFiles.AppFolder, "Board.cs"));
        var firmware = Regex.Matches(board, @"public const int (\w+) = (\d+);")
            .Where(m => m.Groups[1].Value != "I2cBus")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        string map = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "hardware", "pin-map.md"));
        var wired = Regex.Matches(map, @"^\| (\w+) \| (\d+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));

        Assert.NotEmpty(firmware);
        Assert.Equal(firmware.OrderBy(p => p.Key), wired.OrderBy(p => p.Key));
    }

    [Fact]
    public void Board_UsesEachPinOnce()
    {
        string board = File.ReadAllText(Path.Combine(RepositoryFiles.AppFolder, "Board.cs"));
        var pins = Regex.Matches(board, @"public const int (\w+) = (\d+);")
            .Where(m => m.Groups[1].Value != "I2cBus")
            .Select(m => int.Parse(m.Groups[2].Value))
            .ToList();

        Assert.Equal(pins.Count, pins.Distinct().Count());
    }
}
