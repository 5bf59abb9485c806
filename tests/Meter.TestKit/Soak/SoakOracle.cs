using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Meter.Core.Journal;
using Meter.Core.Sale;
using Meter.TestKit.OpsCom;

namespace Meter.TestKit.Soak;

/// <summary>
/// What a soak must finally hold, worked out from outside the meter: every permit any journal ever held (captured after
/// every step, so nothing is lost to pruning), every permit number a motorist was shown as paid, every coin the
/// acceptor took, and every audit period (the open one and each collection, by period number). At the end: OPSCOM holds
/// every permit not voided exactly once with its final end and amount, and nothing else; every paid permit is among
/// them; each period's cash minus revenue is explained to the cent; revenue is what the permits hold; and the cash
/// counted is every coin taken, less at most the coins whose count a power cut interrupted.
/// </summary>
public sealed class SoakOracle
{
    private readonly Dictionary<string, PermitRecord> _permits = new();
    private readonly HashSet<string> _shownPaid = new();
    private readonly Dictionary<int, AuditTotals> _periods = new();
    private readonly List<string> _problems = new();
    private readonly HashSet<string> _lost = new();
    private long _heldCents;
    private long _coinsTaken;
    private long _coinsInFlight;

    /// <summary>What was found wrong so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Permits any journal held.</summary>
    public int PermitsSeen => _permits.Count;

    /// <summary>Permits voided, and permits split off another's added time (9022), among them.</summary>
    public int Voided => _permits.Values.Count(p => p.State == PermitState.Voided);

    /// <summary>Permits split off another's added time (OPSCOM answered 9022 to a push whose answer was lost).</summary>
    public int Splits => _permits.Values.Count(p => p.LinkedSeq != 0);

    /// <summary>Permit numbers shown on a PAID screen.</summary>
    public int ShownPaidCount => _shownPaid.Count;

    /// <summary>Collections seen.</summary>
    public int Collections => _periods.Count;

    /// <summary>Something that must never happen, seen as it happened.</summary>
    public void Problem(string what) => _problems.Add(what);

    /// <summary>The acceptor took a coin (it is in the box, whatever the meter makes of it).</summary>
    public void CoinAccepted(long cents) => _coinsTaken += cents;

    /// <summary>The power went while that coin was being counted: the audit may not have it.</summary>
    public void CoinInFlight(long cents) => _coinsInFlight += cents;

    /// <summary>The screen said PAID with a permit number.</summary>
    public void ShownPaid(string screen)
    {
        int at = screen.IndexOf("PERMIT ", StringComparison.Ordinal);
        if (at < 0)
        {
            Problem("a PAID screen without a permit number: " + screen);
            return;
        }

        _shownPaid.Add(screen[(at + 7)..].Split('\n')[0].Trim());
    }

    /// <summary>After a step: what the journal holds and the audit's periods.</summary>
    public void Observe(PermitJournal journal, AuditLedger audit)
    {
        var held = new HashSet<string>();
        foreach (var permit in journal.Snapshot())
        {
            if (_permits.TryGetValue(permit.PermitNo, out var before) && permit.AmountCents < before.AmountCents && permit.LinkedSeq == before.LinkedSeq
                && !(permit.AmountCents == before.SentAmountCents && permit.State == PermitState.Pushed))
            {
                Problem(permit.PermitNo + " went back from $" + Amount(before.AmountCents) + " until " + Time(before.EndUtcMs) + " (" + PermitStates.Name(before.State)
                    + ") to $" + Amount(permit.AmountCents) + " until " + Time(permit.EndUtcMs) + " (" + PermitStates.Name(permit.State) + ")");
            }

            _permits[permit.PermitNo] = permit;
            held.Add(permit.PermitNo);
        }

        // Money in permits only grows: added time adds, a 9022 split moves it between two permits, nothing takes it away.
        long heldCents = _permits.Values.Sum(p => p.AmountCents);
        if (heldCents < _heldCents)
        {
            Problem("the permits held $" + Amount(_heldCents) + " and now hold $" + Amount(heldCents) + ": a recorded change went back");
        }

        _heldCents = heldCents;

        // A permit with work left for OPSCOM is never forgotten (only finished ones are pruned).
        foreach (var (permitNo, last) in _permits)
        {
            if (!held.Contains(permitNo) && PermitStates.IsPending(last.State) && _lost.Add(permitNo))
            {
                Problem(permitNo + " (" + PermitStates.Name(last.State) + ") is gone from the journal");
            }
        }

        foreach (var closed in audit.Collections)
        {
            _periods[closed.Period] = closed;
        }
    }

    /// <summary>The final checks, once the journal drained to a healthy OPSCOM.</summary>
    public void Check(PermitJournal journal, AuditLedger audit, FakeOpsCom opscom, string meterId)
    {
        Observe(journal, audit);
        foreach (var (permitNo, last) in _permits)
        {
            var permit = journal.Find(permitNo) ?? last;
            var held = opscom.Permits.Where(p => p.PermitNo == permitNo && !p.Voided).ToList();
            if (PermitStates.IsPending(permit.State))
            {
                Problem(permitNo + " still waits for OPSCOM after the drain (" + PermitStates.Name(permit.State) + ")");
            }
            else if (permit.State == PermitState.Voided && held.Count > 0)
            {
                Problem(permitNo + " is voided at the meter but OPSCOM still holds it");
            }
            else if (permit.State == PermitState.Rejected && permit.ErrorCode != 9008)
            {
                Problem(permitNo + " was rejected with " + permit.ErrorCode + " " + permit.ErrorMessage);
            }
            else if (permit.State != PermitState.Voided && permit.State != PermitState.Rejected
                && (held.Count != 1 || held[0].End != Time(permit.EndUtcMs) || held[0].Amount != Amount(permit.AmountCents)))
            {
                Problem(permitNo + " until " + Time(permit.EndUtcMs) + " $" + Amount(permit.AmountCents) + ": OPSCOM holds "
                    + string.Join(", ", held.Select(h => "until " + h.End + " $" + h.Amount)) + " (" + held.Count + ")");
            }
        }

        foreach (var stranger in opscom.Permits.Where(p => !p.Voided && !_permits.ContainsKey(p.PermitNo)))
        {
            Problem("OPSCOM holds " + stranger.PermitNo + ", which no journal ever held");
        }

        foreach (string paid in _shownPaid.Where(p => !_permits.ContainsKey(p)))
        {
            Problem("the motorist was shown " + paid + " as paid, but no journal ever held it");
        }

        CheckMoney(audit);
    }

    /// <summary>Tallies for the failure message.</summary>
    public string Summary() => _permits.Count + " permits, " + _shownPaid.Count + " shown paid, " + _periods.Count + " collections, coins taken $"
        + Amount(_coinsTaken) + " ($" + Amount(_coinsInFlight) + " in flight at a power cut)";

    private void CheckMoney(AuditLedger audit)
    {
        var open = audit.Current(out long inSale);
        var periods = _periods.Values.OrderBy(p => p.Period).Append(open).ToList();
        for (int i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            long carriedOut = i < periods.Count - 1 ? period.InSaleAtCollectionCents : inSale;
            if (period.Unexplained(carriedOut) != 0)
            {
                Problem("period " + period.Period + ": $" + Amount(period.Unexplained(carriedOut)) + " of cash minus revenue not accounted for");
            }

            if (i > 0 && period.Period != periods[i - 1].Period + 1)
            {
                Problem("period " + period.Period + " follows period " + periods[i - 1].Period);
            }
        }

        long revenue = periods.Sum(p => p.RevenueCents);
        long held = _permits.Values.Sum(p => p.AmountCents);
        if (revenue != held)
        {
            Problem("revenue $" + Amount(revenue) + " but the permits hold $" + Amount(held));
        }

        long counted = periods.Sum(p => p.CashCents + p.TestCashCents);
        if (counted > _coinsTaken || counted < _coinsTaken - _coinsInFlight)
        {
            Problem("the audit counted $" + Amount(counted) + " of cash; the acceptor took $" + Amount(_coinsTaken) + " ($" + Amount(_coinsInFlight) + " in flight at a power cut)");
        }
    }

    private static string Time(long utcMs) => DateTimeOffset.FromUnixTimeMilliseconds(utcMs).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static string Amount(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
