namespace Meter.Core.Tests.Sync;

/// <summary>
/// <see cref="ExactlyOnceTests"/> on the device's journal: the ring and the audit in FRAM, batches in flash. A change
/// made from inside the HTTP call (as the UI or console thread would) and a power cut at the FRAM's next byte.
/// </summary>
public class ExactlyOnceWithFramTests : ExactlyOnceTests
{
    public ExactlyOnceWithFramTests()
        : base(withFram: true)
    {
    }
}
