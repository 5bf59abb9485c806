using System;
using System.Collections.Generic;
using System.Linq;
using Meter.Core.Journal;
using Meter.Host.Storage;
using Meter.TestKit.Fakes;
using Xunit;
using Xunit.Abstractions;
using static Meter.Core.Tests.Journal.JournalKit;

namespace Meter.Core.Tests.Journal;

/// <summary>
/// For every operation index N: run a workload, cut the power at the N-th file operation, remount, and
/// check that every change that returned is there exactly as it was, nothing else came back but
/// finished permits that had been pruned, and permit numbers go on from where they were.
/// </summary>
public class PowerCutSweepTests
{
    private readonly ITestOutputHelper _output;

    public PowerCutSweepTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Cases()
    {
        // What the interrupted write leaves: nothing, a prefix of its bytes, or an empty file (littlefs
        // commits a create at open, the data at close).
        foreach (var cut in new[] { "nothing", "torn", "empty file" })
        {
            yield return new object[] { "fifty sales", cut };
            yield return new object[] { "mixed lifecycle", cut };
            yield return new object[] { "filling to capacity", cut };
            yield return new object[] { "added time split", cut };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PowerCut_AtEveryOperation_LosesNoCommittedChange(string workload, string cutLeaves)
    {
        long total = OperationsOf(workload);
        Assert.True(total > 50, "workload too small: " + total);
        for (long cut = 0; cut <= total; cut++)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut) { TornWrites = cutLeaves == "torn", EmptyFileOnCut = cutLeaves == "empty file" };
            var model = new Model();
            var journal = Mounted(fs, SettingsFor(workload));
            fs.CutPowerAtOperation(cut);
            try
            {
                Run(workload, journal, model);
            }
            catch (PowerCutException)
            {
            }

            fs.Remount();
            var recovered = new PermitJournal(fs, SettingsFor(workload), MeterId);
            recovered.Mount();
            model.Check(recovered, $"{workload}, cut at {cut} of {total}, leaving {cutLeaves}");
        }

        _output.WriteLine($"{workload}: {total + 1} cuts checked");
    }

    public static IEnumerable<object[]> FramWorkloads() =>
        new[] { new object[] { "fifty sales" }, new object[] { "mixed lifecycle" }, new object[] { "added time split" } };

    [Theory]
    [MemberData(nameof(FramWorkloads))]
    public void PowerCut_AtEveryFramByteAndFlashOperation_LosesNoCommittedChange(string workload)
    {
        // The device's journal: its ring in FRAM (a small ring, so folds into flash batches happen), batches in flash.
        // A cut at any byte written to FRAM leaves the bytes before it; a cut at a flash operation as above.
        var (framBytes, framCuts, flashOperations) = FramWorkOf(workload);
        Assert.True(framBytes > 1000 && flashOperations > 3, $"workload too small: {framBytes} bytes, {flashOperations} flash operations");
        var cuts = framCuts.Concat(Enumerable.Range(0, (int)flashOperations + 1).Select(op => framBytes + 1 + op)).ToList();
        foreach (long cut in cuts)
        {
            var fs = new SimulatedLittleFs(seed: (int)cut) { EmptyFileOnCut = true };
            var fram = new FakeFram(sameSupply: fs);
            var model = new Model();
            var journal = new PermitJournal(new FramJournalStore(fs, fram), FramSettings(), MeterId);
            journal.Mount();
            if (cut <= framBytes)
            {
                fram.CutPowerAtByte(cut);
            }
            else
            {
                fs.CutPowerAtOperation(cut - framBytes - 1);
            }

            try
            {
                Run(workload, journal, model);
            }
            catch (PowerCutException)
            {
            }

            fs.Remount();
            fram.Remount();
            var recovered = new PermitJournal(new FramJournalStore(fs, fram), FramSettings(), MeterId);
            recovered.Mount();
            model.Check(recovered, $"{workload}, cut at {cut} of {framBytes} FRAM bytes + {flashOperations} flash operations");
        }

        _output.WriteLine($"{workload}: {cuts.Count} cuts checked");
    }

    private static JournalSettings FramSettings() => Settings(retentionMinutes: 10).WithFram().WithRingFiles(JournalKit.RingFiles);

    // The FRAM bytes the workload writes, the byte indexes where a cut can leave something different, and its flash operations.
    private static (long FramBytes, List<long> FramCuts, long FlashOperations) FramWorkOf(string workload)
    {
        var fs = new SimulatedLittleFs();
        var fram = new FakeFram(sameSupply: fs);
        var journal = new PermitJournal(new FramJournalStore(fs, fram), FramSettings(), MeterId);
        journal.Mount();
        long formatted = fram.BytesWritten;
        long before = fs.Operations;
        Run(workload, journal, new Model());
        return (fram.BytesWritten - formatted, fram.CutPointsSince(formatted).ToList(), fs.Operations - before);
    }

    private static long OperationsOf(string workload)
    {
        var fs = new SimulatedLittleFs();
        Run(workload, Mounted(fs, SettingsFor(workload)), new Model());
        return fs.Operations;
    }

    private static JournalSettings SettingsFor(string workload) =>
        workload == "filling to capacity" ? Settings(capacityBytes: PermitJournal.MinimumCapacityBytes(JournalKit.RingFiles) + 5 * FlashCost.BlockSize) : Settings(retentionMinutes: 10);

    private static void Run(string workload, PermitJournal journal, Model model)
    {
        switch (workload)
        {
            case "fifty sales":
                for (int i = 1; i <= 50; i++)
                {
                    model.Step(journal, () => Sell(journal, i));
                }

                break;
            case "mixed lifecycle":
                for (int i = 1; i <= 60; i++)
                {
                    model.Step(journal, () => Sell(journal, i));
                    int seq = i;
                    if (i % 2 == 0)
                    {
                        model.Step(journal, () => journal.RecordPushed(seq - 1, "ref-" + (seq - 1)));
                    }

                    if (i % 5 == 0)
                    {
                        model.Step(journal, () => journal.CommitAddedTime(seq - 1, Now + 3 * 3_600_000, 75));
                    }

                    if (i % 7 == 0)
                    {
                        model.Step(journal, () => journal.RequestVoid(seq - 2));
                    }

                    if (i % 11 == 0)
                    {
                        model.Step(journal, () => journal.RecordRetry(seq, Now + 60_000));
                        model.Step(journal, () => journal.RecordRejected(seq - 3, 9033, "The field's value is invalid."));
                    }

                    if (i % 13 == 0)
                    {
                        model.Step(journal, () => journal.Prune(Now + 2 * 3_600_000));
                    }
                }

                break;
            case "added time split":
                for (int i = 1; i <= 20; i++)
                {
                    int seq = 2 * i - 1;
                    model.Step(journal, () => Sell(journal, seq));
                    model.Step(journal, () => journal.RecordDelivered(seq));
                    model.Step(journal, () => journal.CommitAddedTime(seq, Now + 3 * 3_600_000, 90));
                    model.Step(journal, () => journal.SplitAddedTime(seq, Now));
                }

                break;
            default:
                for (int i = 1; journal.CanSell(out _); i++)
                {
                    model.Step(journal, () => Sell(journal, i));
                }

                break;
        }
    }

    /// <summary>What the journal held after each change that returned.</summary>
    private sealed class Model
    {
        private Dictionary<int, PermitRecord> _expected = new();
        private readonly Dictionary<int, PermitRecord> _lastSeen = new();
        private int _highestSeq;

        /// <summary>One change, then the worker's maintenance after it (compaction runs there), each a place to cut.</summary>
        public void Step(PermitJournal journal, Action change)
        {
            Apply(journal, change);
            Apply(journal, journal.Maintain);
        }

        private void Apply(PermitJournal journal, Action change)
        {
            try
            {
                change();
            }
            catch (PowerCutException)
            {
                // A prune cut short had already let go of finished permits: each may or may not come back.
                var held = journal.Snapshot().Select(r => r.Seq).ToHashSet();
                foreach (var seq in _expected.Keys.Where(s => !held.Contains(s) && PermitStates.IsFinished(_expected[s].State)).ToList())
                {
                    _expected.Remove(seq);
                }

                throw;
            }

            _expected = journal.Snapshot().ToDictionary(r => r.Seq);
            foreach (var record in _expected.Values)
            {
                _lastSeen[record.Seq] = record;
                _highestSeq = Math.Max(_highestSeq, record.Seq);
            }
        }

        public void Check(PermitJournal recovered, string context)
        {
            var actual = recovered.Snapshot();
            Assert.True(actual.Select(r => r.Seq).Distinct().Count() == actual.Length, context + ": a permit number repeats");
            var bySeq = actual.ToDictionary(r => r.Seq);
            foreach (var expected in _expected.Values)
            {
                Assert.True(bySeq.TryGetValue(expected.Seq, out var found), $"{context}: permit {expected.PermitNo} lost");
                AssertSame(expected, found!, context);
            }

            foreach (var extra in actual.Where(r => !_expected.ContainsKey(r.Seq)))
            {
                // Only a pruned, finished permit may come back, exactly as it was.
                Assert.True(_lastSeen.TryGetValue(extra.Seq, out var last), $"{context}: unknown permit {extra.PermitNo} appeared");
                Assert.True(PermitStates.IsFinished(last!.State), $"{context}: pruned permit {extra.PermitNo} came back unfinished");
                AssertSame(last, extra, context);
            }

            int next = recovered.CanSell(out _) ? Sell(recovered, 999).Seq : _highestSeq + 1;
            Assert.True(next > _highestSeq, $"{context}: new permit {next} reuses a number up to {_highestSeq}");
        }

        private static void AssertSame(PermitRecord expected, PermitRecord actual, string context)
        {
            var want = (expected.State, expected.EndUtcMs, expected.AmountCents, expected.ReferenceId, expected.ErrorCode, expected.Plate);
            var got = (actual.State, actual.EndUtcMs, actual.AmountCents, actual.ReferenceId, actual.ErrorCode, actual.Plate);
            Assert.True(want == got, $"{context}: {expected.PermitNo} expected {want}, recovered {got}");
        }
    }
}
