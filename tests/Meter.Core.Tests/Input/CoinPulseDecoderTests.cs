using Meter.Core.Config;
using Meter.Core.Input;
using Xunit;

namespace Meter.Core.Tests.Input;

public class CoinPulseDecoderTests
{
    // 1 pulse = 5c, 2 = 10c, 5 = 25c; 150 ms gap ends a train; pulses under 10 ms are glitches; 2 s busy is a jam.
    private static readonly CoinTable Table = new(new[] { 1, 2, 5 }, new long[] { 5, 10, 25 }, 150, 10, 30, 30, 2000);

    private static long Train(CoinPulseDecoder decoder, long start, int pulses, int pulseMs = 30, int spaceMs = 30)
    {
        long t = start;
        for (int i = 0; i < pulses; i++)
        {
            decoder.Edge(true, t);
            decoder.Edge(false, t + pulseMs);
            t += pulseMs + spaceMs;
        }

        return t;
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(5, 25)]
    public void Train_EndedByTheGap_IsTheCoinOfItsCount(int pulses, long cents)
    {
        var decoder = new CoinPulseDecoder(Table);
        long end = Train(decoder, 0, pulses);

        Assert.Equal(CoinEvent.None, decoder.Poll(end + 50, out _));
        Assert.Equal(CoinEvent.Coin, decoder.Poll(end + 200, out long value));
        Assert.Equal(cents, value);
        Assert.Equal(CoinEvent.None, decoder.Poll(end + 400, out _));
    }

    [Fact]
    public void Glitches_AreIgnored_InsideAndOutsideATrain()
    {
        var decoder = new CoinPulseDecoder(Table);
        decoder.Edge(true, 0);
        decoder.Edge(false, 3);
        long end = Train(decoder, 20, 2);
        decoder.Edge(true, end);
        decoder.Edge(false, end + 2);

        Assert.Equal(CoinEvent.Coin, decoder.Poll(end + 300, out long value));
        Assert.Equal(10, value);
    }

    [Fact]
    public void UnknownCount_CreditsNothing_AndSaysSo()
    {
        var decoder = new CoinPulseDecoder(Table);
        long end = Train(decoder, 0, 3);

        Assert.Equal(CoinEvent.Unknown, decoder.Poll(end + 200, out long count));
        Assert.Equal(3, count);
    }

    [Fact]
    public void OverlongTrain_IsRejected()
    {
        var decoder = new CoinPulseDecoder(Table);
        long end = Train(decoder, 0, 9, 20, 20);

        Assert.Equal(CoinEvent.TooLong, decoder.Poll(end + 200, out long count));
        Assert.Equal(9, count);
    }

    [Fact]
    public void LineHeldActive_IsAJam_UntilReleased()
    {
        var decoder = new CoinPulseDecoder(Table);
        decoder.Edge(true, 0);

        Assert.Equal(CoinEvent.None, decoder.Poll(1000, out _));
        Assert.Equal(CoinEvent.Jammed, decoder.Poll(Table.JamMs, out _));
        Assert.Equal(CoinEvent.None, decoder.Poll(5000, out _));
        decoder.Edge(false, 6000);
        Assert.Equal(CoinEvent.None, decoder.Poll(6050, out _));
        Assert.Equal(CoinEvent.JamCleared, decoder.Poll(6200, out _));
        Assert.Equal(CoinEvent.None, decoder.Poll(6400, out _));
    }

    [Fact]
    public void PulsesThatNeverStop_AreAJam_NotACoin()
    {
        var decoder = new CoinPulseDecoder(Table);
        int events = 0;
        bool jammed = false;
        for (long t = 0; t < 4000; t += 40)
        {
            decoder.Edge(true, t);
            decoder.Edge(false, t + 20);
            CoinEvent e = decoder.Poll(t + 30, out _);
            jammed |= e == CoinEvent.Jammed;
            events += e == CoinEvent.Coin ? 1 : 0;
        }

        Assert.True(jammed);
        Assert.Equal(0, events);
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(100, 100)]
    [InlineData(30, 30)]
    public void CommittedCoins_AtTheAcceptorsProgrammedTiming_DecodeWithoutAJam(int pulseMs, int spaceMs)
    {
        var config = Meter.Core.Tests.Sale.BootedMeter.ConfigWith(("pulse_ms = 50", "pulse_ms = " + pulseMs),
            ("pulse_space_ms = 50", "pulse_space_ms = " + spaceMs), ("jam_ms = 3000", "jam_ms = 4500"));
        for (int i = 0; i < config.Coins.Count; i++)
        {
            var decoder = new CoinPulseDecoder(config.Coins);
            int pulses = config.Coins.PulsesAt(i);
            long end = pulses * (pulseMs + spaceMs);
            long value = 0;
            var events = new System.Collections.Generic.List<CoinEvent>();
            for (long t = 0; t <= end + 400; t += 5)
            {
                // The edges as the acceptor sends them, polled every 5 ms as the UI loop does.
                long phase = t % (pulseMs + spaceMs);
                if (t < end && (phase == 0 || phase == pulseMs))
                {
                    decoder.Edge(phase == 0, t);
                }

                var seen = decoder.Poll(t, out long v);
                if (seen != CoinEvent.None)
                {
                    events.Add(seen);
                    value = v;
                }
            }

            Assert.Equal(new[] { CoinEvent.Coin }, events);
            Assert.Equal(config.Coins.CentsAt(i), value);
        }
    }

    [Fact]
    public void JamWindow_ShorterThanTheLongestCoinsTrain_IsAConfigurationError()
    {
        string text = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Config", "Fixtures", "nf.config"));
        Assert.Contains("jam_ms = 3000", text);
        var errors = new ConfigErrors();

        MeterConfigReader.Read(text.Replace("jam_ms = 3000", "jam_ms = 2000"), System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Config", "Fixtures", "secrets.example.config")), errors);

        Assert.Contains("coins.jam_ms: must be above 2100 (the 20-pulse coin's train", errors.ToString());
    }
}
