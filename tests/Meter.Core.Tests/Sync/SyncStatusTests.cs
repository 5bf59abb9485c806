using Meter.Core.Sync;
using Xunit;

namespace Meter.Core.Tests.Sync;

public class SyncStatusTests
{
    [Fact]
    public void Snapshot_KeepsAnAlertsCodeAndMessageTogether_WhateverTheWorkerRecordsAfter()
    {
        var status = new SyncStatus();
        status.Alert(1000, 9001, "API token revoked");

        var snapshot = status.Snapshot();
        status.Succeeded(2000);
        status.Alert(3000, 9034, "unknown client");

        Assert.Equal((9001, "API token revoked", 1000L, 1), (snapshot.AlertCode, snapshot.AlertMessage, snapshot.LastAttemptUtcMs, snapshot.Failures));
        Assert.Equal((9034, "unknown client", 2), (status.Snapshot().AlertCode, status.Snapshot().AlertMessage, status.Snapshot().Failures));
    }

    [Fact]
    public void Snapshot_OfAWorkerFailure_HoldsItsCountWithItsMessage()
    {
        var status = new SyncStatus();
        status.WorkerFailed("flash error");
        var first = status.Snapshot();

        status.WorkerFailed("another");

        Assert.Equal((1, "flash error"), (first.WorkerExceptions, first.LastWorkerProblem));
        Assert.Equal((2, "another"), (status.Snapshot().WorkerExceptions, status.Snapshot().LastWorkerProblem));
    }
}
