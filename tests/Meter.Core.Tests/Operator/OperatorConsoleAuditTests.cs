using Meter.TestKit.Fakes;
using System;
using Meter.Core.Journal;
using Meter.Core.Operator;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Tests.Fakes;
using Meter.Core.Tests.Sale;
using Meter.Core.Tests.Sync;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Operator;

/// <summary>audit, collections, collect and test on the console of a real UI loop.</summary>
public class OperatorConsoleAuditTests
{
    private readonly FakeClock _clock = new(Now, trusted: true);
    private readonly BootedMeter _meter;
    private readonly OperatorConsole _console;
    private readonly ConsoleSession _session = new();
    private readonly string _pin = BootedMeter.Config.Secrets.TechnicianPin;

    public OperatorConsoleAuditTests()
    {
        _meter = BootedMeter.Boot(new SimulatedLittleFs(), _clock);
        var config = BootedMeter.Config;
        var http = new ScriptedHttpPort();
        var requests = new OpsComRequests(config.OpsCom, config.Secrets.ApiToken, config.Tariff.Zone);
        var status = new SyncEngine(_meter.Journal, http, requests, config.Sync, new Random(1)).Status;
        _console = new OperatorConsole(_meter.Journal, status, config, _meter.Loop, new OpsComQueries(http, requests, 1000, 4096), _meter.Log, _meter.Clock);
    }

    [Fact]
    public void Audit_ShowsCoinsCashRevenueAndTheCreditOfASaleInProgress()
    {
        _meter.TypePlate();
        _meter.Coin(100);
        _meter.Coin(25);
        _meter.Press('#', '#');
        _meter.TypePlate('3');
        _meter.Coin(10);

        string audit = Run("audit");

        Assert.Contains("period   1, open since 2026-07-06T14:00:00Z", audit);
        Assert.Contains("coins    0.05 x 0, 0.10 x 1, 0.25 x 1, 1.00 x 1", audit);
        Assert.Contains("cash     $1.35", audit);
        Assert.Contains("sales    1 permit(s) $1.25", audit);
        Assert.Contains("cash - revenue = $0.10: overpaid $0.00, kept $0.00, being paid $0.10, less carried in $0.00: every coin accounted for", audit);
        Assert.Contains("maintenance mode off", audit);
    }

    [Fact]
    public void Collect_AsksForThePin_ClosesThePeriod_AndIsListed()
    {
        _meter.TypePlate();
        _meter.Coin(100);
        _meter.Press('#');

        Assert.Contains("technician PIN?", Run("collect"));
        string collected = Run(_pin);

        Assert.Contains("collected:", collected);
        Assert.Contains("cash     $1.00", collected);
        Assert.Contains("period 2 is open", collected);
        Assert.Contains("period 1  2026-07-06T14:00:00Z to", Run("collections"));
        Assert.Contains("(collected)", Run("audit 1"));
        Assert.Contains("cash     $0.00", Run("audit"));
        Assert.Contains("error: no collection 7 kept", Run("audit 7"));
        Assert.Contains("usage: audit", Run("audit x"));
        Assert.Contains("console: period 1 collected, cash $1.00", _meter.Log.Text());
    }

    [Fact]
    public void Collect_WithWrongPins_DoesNothing_AndTheLockoutApplies()
    {
        _meter.Coin(5);
        for (int i = 0; i < 3; i++)
        {
            Run("collect");
            Assert.Contains("wrong PIN, nothing done", Run(_pin == "1357" ? "2468" : "1357"));
        }

        string locked = Run("collect");

        Assert.Contains("locked", locked);
        Assert.DoesNotContain("PIN?", locked);
        Assert.Equal(1, _meter.Audit().Period);
        Assert.Contains("no collection yet", Run("collections"));
        Assert.Contains("wrong PIN for collect (3 in a row", _meter.Log.Text());
    }

    [Fact]
    public void TestOn_WithThePin_TurnsMaintenanceModeOnAtTheNextStep()
    {
        Assert.Contains("usage: test on|off", Run("test"));
        Run("test on");
        Assert.Contains("maintenance mode on", Run(_pin));
        _meter.Idle(100);

        Assert.True(_meter.Loop.TestMode);
        Assert.Contains("maintenance mode ON", Run("audit"));
        Run("test off");
        Run(_pin);
        _meter.Idle(100);
        Assert.False(_meter.Loop.TestMode);
    }

    private string Run(string line) => _console.Execute(_session, line, _clock.UtcMs);
}
