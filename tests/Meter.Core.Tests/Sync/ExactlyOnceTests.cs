using Meter.Core;
using Meter.TestKit.OpsCom;
using Meter.TestKit.Fakes;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.OpsCom;
using Meter.Core.Sync;
using Meter.Core.Tests.Fakes;
using Meter.Core.Time;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;
using Meter.Core.Diagnostics;

namespace Meter.Core.Tests.Sync;

/// <summary>
/// The meter's first promise, tried at every moment a change can meet the first push: added time, a void,
/// or both, made before the push, while it is on the wire (run from inside the HTTP call, as the UI or
/// console thread would), after its answer was lost, and after a power cut with the push landed or not.
/// Whatever happens, the test's own model of OPSCOM ends holding each permit once with the journal's final
/// end and amount, or voided; the one thing OPSCOM's API cannot do (void a permit it answered 9022 for,
/// having lost the reference id) is handed to the operator with the permit held once.
/// </summary>
public class ExactlyOnceTests
{
    public enum Moment { BeforePush, OnTheWire, AfterLostAnswer, AfterPowerCutPushLanded, AfterPowerCutPushNotLanded }

    private static readonly SyncSettings Settings = SyncKit.Settings;
    private readonly SimulatedLittleFs _fs = new();
    private readonly FakeFram? _fram;
    private readonly FakeOpsCom _opscom = new();
    private readonly FakeClock _clock = new(Now, trusted: true);
    private PermitJournal _journal = null!;
    private SyncWorker _worker = null!;

    public ExactlyOnceTests()
        : this(withFram: false)
    {
    }

    /// <summary>With <paramref name="withFram"/>, the device's journal: its ring in FRAM (the power cut hits the FRAM's next byte).</summary>
    protected ExactlyOnceTests(bool withFram)
    {
        _fram = withFram ? new FakeFram(sameSupply: _fs) : null;
        Boot();
    }

    public static IEnumerable<object[]> Moments() => Enum.GetValues<Moment>().Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(Moments))]
    public void AddedTime_AtAnyMoment_ReachesOpsComOnce_WithTheFinalEndAndAmount(Moment moment)
    {
        At(moment, () => AddHour());
        long newEnd = Now + 1000 + 2 * 3_600_000;

        Drain();

        AssertOpsComMatchesJournal();
        var live = _opscom.Permits.Where(p => !p.Voided).ToList();
        Assert.Equal(Amount(_journal.Snapshot().Sum(p => p.AmountCents)), Amount(live.Sum(p => Cents(p.Amount))));
        Assert.Equal(Time(newEnd), live.Max(p => p.End));
        Assert.Equal(201 + 100, _journal.Snapshot().Sum(p => p.AmountCents));
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public void Void_AtAnyMoment_LeavesNoActivePermit_OrHandsTheOneOpsComLostToTheOperator(Moment moment)
    {
        At(moment, () => _journal.RequestVoid(1).EndUtcMs);

        Drain();

        AssertOpsComMatchesJournal();
        AssertVoidedOrHandedToOperator(moment);
    }

    [Theory]
    [MemberData(nameof(Moments))]
    public void AddedTimeThenVoid_AtAnyMoment_LeavesNoActivePermit_OrHandsTheOneOpsComLostToTheOperator(Moment moment)
    {
        At(moment, () =>
        {
            AddHour();
            return _journal.RequestVoid(1).EndUtcMs;
        });

        Drain();

        AssertOpsComMatchesJournal();
        AssertVoidedOrHandedToOperator(moment);
    }

    [Fact]
    public void TimeAddedWhileAnUpdateIsOnTheWire_IsSentInASecondUpdate()
    {
        Sell(_journal, 1);
        Drain();
        AddHour();
        _opscom.WhileOnTheWire(() => AddHour());

        Drain();

        Assert.Equal(new[] { "push", "update", "update" }, _opscom.Requests);
        AssertOpsComMatchesJournal();
        Assert.Equal(PermitState.Updated, _journal.Find(1)!.State);
    }

    [Fact]
    public void PoisonRecord_IsRejectedWithAReason_AndTheOthersGoOn()
    {
        Sell(_journal, 1);
        Sell(_journal, 2);
        // A token that breaks the documented limit stands for any field a request cannot carry.
        var broken = SyncKit.Requests("");
        var engine = new SyncEngine(_journal, _opscom, broken, Settings, new Random(1));

        engine.Step(Now, Now);
        engine.Step(Now, Now);

        Assert.Empty(_opscom.Requests);
        Assert.All(_journal.Snapshot(), p => Assert.Equal(PermitState.Rejected, p.State));
        Assert.Contains("request cannot be written", _journal.Find(1)!.ErrorMessage);
    }

    // Sells permit 1, brings the first push to the moment, makes the change there; returns the change's end.
    private long At(Moment moment, Func<long> change)
    {
        Sell(_journal, 1);
        long end = 0;
        switch (moment)
        {
            case Moment.BeforePush:
                end = change();
                break;
            case Moment.OnTheWire:
                _opscom.WhileOnTheWire(() => end = change());
                break;
            case Moment.AfterLostAnswer:
                _opscom.LoseNextAnswer();
                _worker.Cycle();
                end = change();
                break;
            case Moment.AfterPowerCutPushLanded:
                _opscom.WhileOnTheWire(CutPowerAtTheNextWrite);
                _worker.Cycle();
                Boot();
                end = change();
                break;
            case Moment.AfterPowerCutPushNotLanded:
                _opscom.DropNextRequest().WhileOnTheWire(CutPowerAtTheNextWrite);
                _worker.Cycle();
                Boot();
                end = change();
                break;
        }

        return end;
    }

    private long AddHour()
    {
        long end = _journal.Find(1)!.EndUtcMs + 3_600_000;
        _journal.CommitAddedTime(1, end, 100);
        return end;
    }

    private void CutPowerAtTheNextWrite()
    {
        if (_fram != null)
        {
            _fram.CutPowerAtByte(0);
        }
        else
        {
            _fs.CutPowerAtOperation(0);
        }
    }

    private void Boot()
    {
        _fs.Remount();
        _fram?.Remount();
        _journal = MeterAssembly.OpenJournal(_fs, _fram, Journal.JournalKit.Settings(), MeterId);
        _journal.Mount();

        var requests = SyncKit.Requests();
        var engine = new SyncEngine(_journal, _opscom, requests, Settings, new Random(5));
        _worker = new SyncWorker(_journal, engine, _clock, new MeterLog(16), Settings, new Random(5));
    }

    private void Drain()
    {
        for (int i = 0; i < 400 && _journal.PendingCount > 0; i++)
        {
            _clock.Advance(Math.Max(_worker.Cycle(), 1000));
        }

        Assert.Equal(0, _journal.PendingCount);
    }

    // Every permit OPSCOM holds is one of the journal's, once; each journal permit is there as the journal says.
    private void AssertOpsComMatchesJournal()
    {
        var journal = _journal.Snapshot();
        Assert.All(_opscom.Permits, held => Assert.Contains(journal, p => p.PermitNo == held.PermitNo));
        foreach (var permit in journal)
        {
            var held = _opscom.Permits.Where(h => h.PermitNo == permit.PermitNo).ToList();
            Assert.True(held.Count <= 1, permit.PermitNo + " pushed twice");
            if (permit.State == PermitState.Voided)
            {
                Assert.True(held.Count == 0 || held[0].Voided, permit.PermitNo + " voided at the meter, active in OPSCOM");
            }
            else if (permit.State == PermitState.Rejected)
            {
                Assert.Equal(9008, permit.ErrorCode);
                Assert.Equal((Time(permit.SentEndUtcMs), Amount(permit.SentAmountCents), false), (held.Single().End, held.Single().Amount, held.Single().Voided));
            }
            else
            {
                Assert.Contains(permit.State, new[] { PermitState.Pushed, PermitState.Updated });
                Assert.Equal((Time(permit.EndUtcMs), Amount(permit.AmountCents), false), (held.Single().End, held.Single().Amount, held.Single().Voided));
            }
        }
    }

    // OPSCOM answers a repeated push with 9022 and no reference id, so a void after a push that may have
    // landed (lost answer, power cut) cannot be sent: the operator is told, with the permit held once.
    private void AssertVoidedOrHandedToOperator(Moment moment)
    {
        var permit = _journal.Find(1)!;
        if (moment is Moment.AfterLostAnswer or Moment.AfterPowerCutPushLanded)
        {
            Assert.Equal((PermitState.Rejected, PermitState.VoidRequested), (permit.State, permit.RejectedFrom));
            Assert.Contains("void this permit in OPSCOM by hand", permit.ErrorMessage);
        }
        else
        {
            Assert.Equal(PermitState.Voided, permit.State);
            Assert.DoesNotContain(_opscom.Permits, p => !p.Voided);
        }
    }

    private static string Time(long utcMs) => DateTimeOffset.FromUnixTimeMilliseconds(utcMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Amount(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static long Cents(string amount) => (long)(decimal.Parse(amount, CultureInfo.InvariantCulture) * 100);
}
