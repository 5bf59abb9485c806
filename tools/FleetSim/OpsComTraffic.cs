namespace FleetSim;

/// <summary>Requests that reached OPSCOM, counted per virtual second from the start of the run.</summary>
public sealed class OpsComTraffic(long startUtcMs, int seconds)
{
    private readonly int[] _perSecond = new int[seconds];

    /// <summary>Seconds covered.</summary>
    public int Seconds => _perSecond.Length;

    /// <summary>Requests in all.</summary>
    public long Total { get; private set; }

    /// <summary>Counts a request arriving at <paramref name="utcMs"/>.</summary>
    public void Add(long utcMs)
    {
        long second = (utcMs - startUtcMs) / 1000;
        if (second >= 0 && second < _perSecond.Length)
        {
            _perSecond[second]++;
        }

        Total++;
    }

    /// <summary>Requests in second <paramref name="second"/> of the run.</summary>
    public int At(int second) => second >= 0 && second < _perSecond.Length ? _perSecond[second] : 0;

    /// <summary>The busiest second in [from, to), seconds from the start.</summary>
    public int PeakPerSecond(int from, int to)
    {
        int peak = 0;
        for (int s = Math.Max(0, from); s < Math.Min(to, _perSecond.Length); s++)
        {
            peak = Math.Max(peak, _perSecond[s]);
        }

        return peak;
    }

    /// <summary>The highest rate, requests per second, over any <paramref name="window"/>-second window starting in [from, to).</summary>
    public double PeakRate(int from, int to, int window)
    {
        double peak = 0;
        for (int s = Math.Max(0, from); s < Math.Min(to, _perSecond.Length); s++)
        {
            int count = 0;
            for (int i = s; i < s + window && i < _perSecond.Length; i++)
            {
                count += _perSecond[i];
            }

            peak = Math.Max(peak, (double)count / window);
        }

        return peak;
    }

    /// <summary>Requests per second over the whole run.</summary>
}
