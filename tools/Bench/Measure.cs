using System.Diagnostics;

namespace Meter.Bench;

/// <summary>Time and managed bytes allocated per call of a small operation, after a warm-up.</summary>
public static class Measure
{
    public static (double Nanoseconds, double AllocatedBytes) PerCall(Action action, int iterations)
    {
        for (int i = 0; i < Math.Min(iterations, 1000); i++)
        {
            action();
        }

        GC.Collect();
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            action();
        }

        watch.Stop();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        return (watch.Elapsed.TotalNanoseconds / iterations, (double)bytes / iterations);
    }
}
