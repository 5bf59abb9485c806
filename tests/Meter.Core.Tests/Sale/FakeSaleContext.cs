using System.Collections.Generic;
using Meter.Core.Journal;
using Meter.Core.Sale;

namespace Meter.Core.Tests.Sale;

/// <summary>A sale context whose answers tests set directly.</summary>
public sealed class FakeSaleContext : ISaleContext
{
    public bool ClockTrusted { get; set; } = true;

    public string? FullReason { get; set; }

    public Dictionary<string, PermitRecord> Active { get; } = new();

    public bool CanSell(out string reason)
    {
        reason = FullReason!;
        return FullReason == null;
    }

    public int Reservations { get; private set; }

    public bool ReserveSale(out string reason)
    {
        Reservations += FullReason == null ? 1 : 0;
        return CanSell(out reason);
    }

    public PermitRecord ActiveFor(string plate, long nowUtcMs) =>
        Active.TryGetValue(plate, out var permit) && permit.EndUtcMs > nowUtcMs ? permit : null!;
}
