using System.Net.Http.Json;
using System.Text.Json;
using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Time;

namespace FleetSim;

/// <summary>
/// The fleet's promise, checked against what OPSCOM holds: every permit of every journal is there exactly
/// once with its final end time and amount (or voided, or absent when it was voided before it was ever
/// sent), and nothing else is there. The journals' permits are the ledger of everything the meters sold,
/// captured before the journals prune them.
/// </summary>
public sealed class ExactlyOnceCheck
{
    private readonly Dictionary<string, PermitRecord> _ledger = new();
    private readonly HashSet<string> _voidedSincePruned = new();

    /// <summary>Permits in the ledger.</summary>
    public int Count => _ledger.Count;

    /// <summary>Records (or refreshes) what a journal holds now.</summary>
    public void Capture(PermitJournal journal)
    {
        foreach (var permit in journal.Snapshot())
        {
            Capture(permit);
        }
    }

    /// <summary>Records (or refreshes) one permit's state.</summary>
    public void Capture(PermitRecord permit) => _ledger[permit.PermitNo] = permit;

    /// <summary>
    /// The journals as they end: what they still hold is captured; what they pruned had finished (a
    /// journal forgets only finished permits), so one last seen waiting for its delete was voided.
    /// </summary>
    public void Finish(IEnumerable<PermitJournal> journals)
    {
        var held = new HashSet<string>();
        foreach (var journal in journals)
        {
            foreach (var permit in journal.Snapshot())
            {
                Capture(permit);
                held.Add(permit.PermitNo);
            }
        }

        foreach (var permit in _ledger.Values.Where(p => !held.Contains(p.PermitNo) && p.State == PermitState.VoidRequested))
        {
            _voidedSincePruned.Add(permit.PermitNo);
        }
    }

    /// <summary>Compares the ledger with OPSCOM's permits of <paramref name="client"/>; returns what is wrong (empty when the promise held).</summary>
    public async Task<List<string>> CompareAsync(HttpClient http, string opsComUrl, string client)
    {
        var held = await http.GetFromJsonAsync<JsonElement>(opsComUrl + "/admin/permits?client=" + Uri.EscapeDataString(client));
        var byNumber = held.EnumerateArray().GroupBy(p => p.GetProperty("permitNo").GetString() ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var problems = new List<string>();
        foreach (var (number, permit) in _ledger)
        {
            byNumber.TryGetValue(number, out var copies);
            int count = copies?.Count ?? 0;
            bool meterVoided = permit.State == PermitState.Voided || _voidedSincePruned.Contains(number);
            bool neverSentVoid = meterVoided && count == 0;
            bool refused = permit.State is PermitState.Rejected or PermitState.Cleared;
            if (neverSentVoid || (refused && count == 0))
            {
                continue;
            }

            if (count != 1)
            {
                problems.Add(number + ": " + count + " copies at OPSCOM (" + PermitStates.Name(permit.State) + " at the meter)");
                continue;
            }

            var copy = copies![0];
            bool voided = copy.GetProperty("voided").GetBoolean();
            string end = TimeText.FormatDateTime(permit.EndUtcMs);
            string amount = Cents.Format(permit.AmountCents);
            if (voided != meterVoided)
            {
                problems.Add(number + ": voided " + voided + " at OPSCOM, " + PermitStates.Name(permit.State) + " at the meter");
            }
            else if (!voided && (copy.GetProperty("endTime").GetString() != end || copy.GetProperty("amount").GetString() != amount))
            {
                problems.Add(number + ": OPSCOM has until " + copy.GetProperty("endTime").GetString() + " for " + copy.GetProperty("amount").GetString()
                    + ", the meter sold until " + end + " for " + amount);
            }
        }

        foreach (var number in byNumber.Keys.Where(n => !_ledger.ContainsKey(n)))
        {
            problems.Add(number + ": at OPSCOM but sold by no meter");
        }

        return problems;
    }
}
