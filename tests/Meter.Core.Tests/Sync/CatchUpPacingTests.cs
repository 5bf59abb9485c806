using System;
using System.Linq;
using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Net;
using Meter.Core.Sync;
using Meter.Host.Storage;
using Xunit;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Sync;

/// <summary>After OPSCOM was out of reach, the backlog goes out paced (mean catch_up_ms apart, jittered), and only then.</summary>
public class CatchUpPacingTests
{
    private const int CatchUpMs = 20_000;
    private static readonly SyncSettings Paced = new(5000, 1000, 60_000, 4096, CatchUpMs);
    private readonly PermitJournal _journal = Mounted(new SimulatedLittleFs());
    private readonly ScriptedHttpPort _http = new();

    [Fact]
    public void NormalDay_RequestsGoOutAsFastAsAnswersCome()
    {
        var engine = new SyncEngine(_journal, _http, SyncKit.Requests(), Paced, new Random(1));
        // Booted with nothing waiting: the queue is empty, so there is nothing to catch up on.
        Assert.Equal(SyncEngine.IdleWaitMs, engine.Step(Now, Now));
        for (int i = 1; i <= 5; i++)
        {
            Sell(_journal, i);
        }

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(0, engine.Step(Now, Now));
        }

        Assert.Equal(5, _http.Sent.Count);
    }

    [Fact]
    public void AfterABoot_TheBacklogIsPaced_AsAfterAnOutage()
    {
        // Retry state lives in RAM: after a power cut the whole backlog is due at once, on every meter of the city.
        for (int i = 1; i <= 5; i++)
        {
            Sell(_journal, i);
        }

        var engine = new SyncEngine(_journal, _http, SyncKit.Requests(), Paced, new Random(1));
        engine.Step(Now, Now);
        engine.Step(Now + 1000, Now + 1000);

        Assert.Single(_http.Sent);
    }

    [Fact]
    public void AfterAnOutage_TheBacklogIsSpacedByAJitteredInterval_UntilItIsGone()
    {
        var engine = new SyncEngine(_journal, _http, SyncKit.Requests(), Paced, new Random(1));
        for (int i = 1; i <= 20; i++)
        {
            Sell(_journal, i);
        }

        _http.Then(HttpOutcome.NotConnected);
        engine.Step(Now, Now);
        long now = Now + 60_000;
        var sentAt = new System.Collections.Generic.List<long>();
        while (sentAt.Count < 20 && now < Now + 3_600_000)
        {
            int before = _http.Sent.Count;
            int wait = engine.Step(now, now);
            if (_http.Sent.Count > before)
            {
                sentAt.Add(now);
            }

            now += Math.Max(wait, 1);
        }

        Assert.Equal(20, sentAt.Count);
        var gaps = new System.Collections.Generic.List<long>();
        for (int i = 1; i < sentAt.Count; i++)
        {
            gaps.Add(sentAt[i] - sentAt[i - 1]);
        }

        Assert.All(gaps, g => Assert.InRange(g, CatchUpMs / 2, CatchUpMs * 3 / 2 + 1000));
        Assert.InRange(gaps.Average(), CatchUpMs * 0.5, CatchUpMs * 1.5);
        Assert.True(gaps.Max() - gaps.Min() > CatchUpMs / 3, "the spacing is jittered");

        // Once the worker finds nothing due, the backlog is gone and new sales go out at once again.
        now += 2 * CatchUpMs;
        Assert.Equal(SyncEngine.IdleWaitMs, engine.Step(now, now));
        int sent = _http.Sent.Count;
        Sell(_journal, 21);
        Sell(_journal, 22);
        engine.Step(now, now);
        engine.Step(now, now);
        Assert.Equal(sent + 2, _http.Sent.Count);
    }

    [Fact]
    public void ZeroCatchUp_SendsTheBacklogAtOnce()
    {
        var engine = new SyncEngine(_journal, _http, SyncKit.Requests(), new SyncSettings(5000, 1000, 60_000, 4096, 0), new Random(1));
        for (int i = 1; i <= 5; i++)
        {
            Sell(_journal, i);
        }

        _http.Then(HttpOutcome.NotConnected);
        engine.Step(Now, Now);
        long after = Now + 60_001;
        for (int i = 0; i < 5; i++)
        {
            engine.Step(after, after);
        }

        Assert.Equal(6, _http.Sent.Count);
    }
}
