namespace FleetSim;

/// <summary>What each kind of event does to a meter, the city or the measurements.</summary>
public sealed partial class FleetSimulation
{
    private readonly List<Visit> _visits = new();

    private async Task HandleAsync(FleetEvent e, long now, Scenario scenario, HttpClient admin, string url, string token, long drainFrom, long end, IProgress<string>? progress, long start)
    {
        FleetMeter meter = _meters[e.Meter];
        switch (e.Kind)
        {
            case FleetEventKind.WorkerCycle:
                if (!meter.Powered)
                {
                    return;
                }

                meter.Clock.Now = Math.Max(meter.Clock.Now, now);
                int wait = meter.WorkerCycle();
                long next = meter.Clock.Now + meter.Network.TakeLatencyMs() + Math.Max(wait, 0);
                At(Math.Max(next, now + 1), FleetEventKind.WorkerCycle, e.Meter);
                return;
            case FleetEventKind.Sale:
                Sell(meter, now, _visits[e.Argument], e.Argument);
                return;
            case FleetEventKind.AddTime:
                if (meter.Powered)
                {
                    meter.Clock.Now = Math.Max(meter.Clock.Now, now);
                    var extended = meter.AddTime(_visits[e.Argument].Plate);
                    if (extended != null)
                    {
                        _result.AddedTime++;
                        _ledger.Capture(extended);
                    }
                }

                return;
            case FleetEventKind.Void:
                if (meter.Powered && _soldPermits.TryGetValue(e.Argument, out string? permitNo))
                {
                    meter.Clock.Now = Math.Max(meter.Clock.Now, now);
                    if (meter.Void(permitNo).Contains(" is now "))
                    {
                        _result.Voids++;
                        _ledger.Capture(meter.Journal.Find(permitNo)!);
                    }
                }

                return;
            case FleetEventKind.PowerCut:
                _ledger.Capture(meter.Journal);
                _failuresBeforeReboots += meter.Worker.Status.Snapshot().Failures;
                meter.PowerCut();
                return;
            case FleetEventKind.PowerOn:
                meter.Clock.Now = Math.Max(meter.Clock.Now, now);
                meter.PowerOn();
                At(now + _random.Next(1000), FleetEventKind.WorkerCycle, e.Meter);
                At(now + 5000 + _random.Next(15_000), FleetEventKind.Sntp, e.Meter);
                return;
            case FleetEventKind.Sntp:
                if (scenario.NetworkUp(now))
                {
                    meter.Clock.IsUtcTrusted = true;
                }
                else
                {
                    At(now + 10_000, FleetEventKind.Sntp, e.Meter);
                }

                return;
            case FleetEventKind.RevokeToken:
            case FleetEventKind.RestoreToken:
                using (var response = await admin.PostAsync(url + "/admin/tokens/" + Uri.EscapeDataString(token) + (e.Kind == FleetEventKind.RevokeToken ? "/revoke" : "/restore"), null))
                {
                    response.EnsureSuccessStatusCode();
                }

                return;
            case FleetEventKind.Sample:
                Sample(now, drainFrom, start, progress);
                return;
            case FleetEventKind.CaptureLedger:
                foreach (var each in _meters.Where(m => m.Powered))
                {
                    _ledger.Capture(each.Journal);
                }

                return;
        }
    }

    private readonly Dictionary<int, string> _soldPermits = new();

    private void Sell(FleetMeter meter, long now, Visit visit, int index)
    {
        if (!meter.Powered)
        {
            _result.NotSold++;
            return;
        }

        meter.Clock.Now = Math.Max(meter.Clock.Now, now);
        var permit = meter.Sell(visit.Plate, visit.StayMinutes);
        if (permit == null)
        {
            _result.NotSold++;
            return;
        }

        _result.Sales++;
        _ledger.Capture(permit);
        _soldPermits[index] = permit.PermitNo;
        if (visit.AddTimeAtUtcMs is long addAt)
        {
            At(addAt, FleetEventKind.AddTime, meter.Index, index);
        }

        if (visit.VoidAtUtcMs is long voidAt)
        {
            At(voidAt, FleetEventKind.Void, meter.Index, index);
        }
    }

    private void Sample(long now, long drainFrom, long start, IProgress<string>? progress)
    {
        int total = 0;
        int worst = 0;
        foreach (var meter in _meters)
        {
            int pending = meter.Journal.PendingCount;
            total += pending;
            worst = Math.Max(worst, pending);
        }

        _result.BacklogPerMinute.Add(total);
        _result.PeakBacklogTotal = Math.Max(_result.PeakBacklogTotal, total);
        _result.PeakBacklogMeter = Math.Max(_result.PeakBacklogMeter, worst);
        if (now >= drainFrom && double.IsNaN(_result.DrainMinutes) && Drained(drainFrom))
        {
            _result.DrainMinutes = (now - drainFrom) / (double)Minute;
        }

        // After the day, the run ends once every journal has delivered everything.
        _finished = now > _end && _meters.All(m => m.Powered && m.Journal.PendingCount == 0);
        if ((now - start) % (60 * Minute) == 0)
        {
            progress?.Report("simulated " + ((now - start) / (60 * Minute)).ToString("D2") + ":00, " + _result.Sales + " sales, backlog " + total);
        }
    }

    // Every permit sold before the moment has reached OPSCOM (power-cut meters count once they are back).
    private bool Drained(long since)
    {
        foreach (var meter in _meters)
        {
            long oldest = meter.Powered ? meter.Journal.OldestPendingSoldUtcMs() : 0;
            if (oldest >= 0 && oldest < since)
            {
                return false;
            }
        }

        return true;
    }
}
