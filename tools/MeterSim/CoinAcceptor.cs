using Meter.Core.Config;
using Meter.Core.Sale;

namespace MeterSim;

/// <summary>
/// A simulated pulse-output coin acceptor: a coin is a train of pulses on the line, as the real one
/// sends, so the core's decoder does the counting exactly as on the device.
/// </summary>
public static class CoinAcceptor
{
    public const int PulseMs = 30;
    public const int SpaceMs = 30;

    /// <summary>Puts a coin's pulse train on the line from <paramref name="nowMs"/>; returns how long until it is decoded.</summary>
    public static long Insert(InputQueue inputs, CoinTable table, long cents, long nowMs)
    {
        for (int i = 0; i < table.Count; i++)
        {
            if (table.CentsAt(i) == cents)
            {
                return Pulses(inputs, table, table.PulsesAt(i), nowMs);
            }
        }

        throw new ArgumentException("no coin of " + Meter.Core.Money.Cents.Format(cents) + " in [coins]");
    }

    /// <summary>Any number of pulses, for trains that are no coin.</summary>
    public static long Pulses(InputQueue inputs, CoinTable table, int count, long nowMs)
    {
        long t = nowMs;
        for (int p = 0; p < count; p++)
        {
            inputs.Enqueue(InputKind.CoinLine, 1, t);
            inputs.Enqueue(InputKind.CoinLine, 0, t + PulseMs);
            t += PulseMs + SpaceMs;
        }

        return t - nowMs + table.GapMs + 50;
    }
}
