using Meter.Core.Config;
using Meter.Core.OpsCom;
using Meter.Core.Time;

namespace Meter.Core.Tests.Sync;

/// <summary>What the sync tests share: quick back-off settings and requests to a pretend OPSCOM.</summary>
public static class SyncKit
{
    /// <summary>5 s deadline, back-off from 1 s to a minute, 4 KiB answers.</summary>
    public static readonly SyncSettings Settings = new(5000, 1000, 60_000, 4096);

    public static OpsComRequests Requests(string token = "token") =>
        new(new OpsComSettings("http://opscom", "OC-TOMA", "http://validate", true, ""), token, LocalTimeZone.Utc);
}
