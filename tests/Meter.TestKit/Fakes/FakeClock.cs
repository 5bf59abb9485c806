using Meter.Core.Time;

namespace Meter.TestKit.Fakes;

/// <summary>A clock tests set and advance by hand; wall time starts untrusted, as after a power cut.</summary>
public sealed class FakeClock : IClock
{
    public FakeClock(long utcMs = 0, bool trusted = false)
    {
        UtcMs = utcMs;
        IsUtcTrusted = trusted;
    }

    public long MonotonicMs { get; private set; }

    public long UtcMs { get; private set; }

    public bool IsUtcTrusted { get; private set; }

    /// <summary>Time passes: both clocks move together.</summary>
    public void Advance(long ms)
    {
        MonotonicMs += ms;
        UtcMs += ms;
    }

    /// <summary>SNTP or the RTC sets the wall clock; the monotonic clock does not jump.</summary>
    public void SetUtc(long utcMs)
    {
        UtcMs = utcMs;
        IsUtcTrusted = true;
    }
}
