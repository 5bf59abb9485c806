using System;
using System.Collections.Generic;
using System.Linq;
using Meter.Core.Tests.Sale;
using Meter.TestKit.Soak;
using Xunit;

namespace Meter.Core.Tests;

/// <summary>
/// The random soak (see <see cref="MeterSoak"/>): seeds 1-50 in CI's fast mode; METER_SOAK_STEPS sets the steps per seed
/// (default 250) and METER_SOAK_SEEDS how many seeds (default 50) for a longer run.
/// </summary>
public class MeterSoakTests
{
    public static IEnumerable<object[]> Seeds() =>
        Enumerable.Range(1, Setting("METER_SOAK_SEEDS", 50)).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Soak_EveryCoinBuysTimeThatReachesOpsComOnce_AndEveryCentIsExplained(int seed)
    {
        var soak = new MeterSoak(BootedMeter.Config, seed);

        var problems = soak.Run(Setting("METER_SOAK_STEPS", 250));

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)) + "\n" + soak.Describe());
    }

    public static IEnumerable<object[]> FramSeeds() =>
        Enumerable.Range(1, Math.Max(1, Setting("METER_SOAK_SEEDS", 50) / 2)).Select(seed => new object[] { 1000 + seed });

    [Theory]
    [MemberData(nameof(FramSeeds))]
    public void Soak_WithTheRingAndAuditInFram_EveryCoinBuysTimeThatReachesOpsComOnce_AndEveryCentIsExplained(int seed)
    {
        var soak = new MeterSoak(BootedMeter.Config, seed, fram: true);

        var problems = soak.Run(Setting("METER_SOAK_STEPS", 250));

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)) + "\n" + soak.Describe());
    }

    [Fact]
    public void Soak_DoesWhatItSays_SalesCutsVoidsSplitsAndCollections()
    {
        var soaks = Enumerable.Range(1, 10).Select(seed => new MeterSoak(BootedMeter.Config, seed)).ToList();
        soaks.ForEach(soak => soak.Run(250));

        Assert.True(soaks.Sum(s => s.Oracle.ShownPaidCount) >= 100, "paid sales");
        Assert.True(soaks.Sum(s => s.PowerCuts) >= 30, "power cuts");
        Assert.True(soaks.Sum(s => s.Oracle.Voided) >= 10, "voids");
        Assert.True(soaks.Sum(s => s.Oracle.Splits) >= 1, "added time split off after a 9022");
        Assert.True(soaks.Sum(s => s.Oracle.Collections) >= 20, "collections");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;
}
