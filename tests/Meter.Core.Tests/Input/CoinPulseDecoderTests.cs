using System.Collections.Generic;
using Meter.Core.Config;
using Meter.Core.Input;
using Xunit;

namespace Meter.Core.Tests.Input;

public class CoinPulseDecoderTests
{
    // 1 pulse = 5c, 2 = 10c, 5 = 25c; 150 ms gap ends a train; pulses under 10 ms are glitches; 2 s busy is a jam.
    private static readonly CoinTable Table = new(new[] { 1, 2, 5 }, new long[] { 5, 10, 25 }, 150, 10, 30, 30, 2000);

    // A capture of a train as the hardware measures it: pulse, space, pulse ... (ms), ended when the line is quiet.
    private static void Capture(CoinPulseDecoder decoder, int pulses, int pulseMs = 30, int spaceMs = 30, long endedAtMs = 0, bool ended = true)
    {
        for (int i = 0; i < pulses; i++)
        {
            decoder.Level(true, pulseMs * 1000L);
            if (i < pulses - 1)
            {
                decoder.Level(false, spaceMs * 1000L);
            }
        }

        if (ended)
        {
            decoder.CaptureEnded(false, endedAtMs);
        }
    }

    private static List<(CoinEvent Event, long Value)> Events(CoinPulseDecoder decoder, long nowMs)
    {
        var events = new List<(CoinEvent, long)>();
        CoinEvent next;
        while ((next = decoder.Poll(nowMs, out long value)) != CoinEvent.None)
        {
            events.Add((next, value));
        }

        return events;
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(5, 25)]
    public void Train_EndedByTheCapture_IsTheCoinOfItsCount(int pulses, long cents)
    {
        var decoder = new CoinPulseDecoder(Table);

        Capture(decoder, pulses);

        Assert.Equal(new[] { (CoinEvent.Coin, cents) }, Events(decoder, 0));
        Assert.Empty(Events(decoder, 10_000));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(900)]
    [InlineData(5_000)]
    public void Coin_DecodesTheSame_WhateverTheInterpretersDelay(long lateMs)
    {
        // The durations are the hardware's: when the UI loop gets round to the capture changes nothing.
        var decoder = new CoinPulseDecoder(Table);

        Capture(decoder, 5, endedAtMs: 1_000 + lateMs);

        Assert.Equal(new[] { (CoinEvent.Coin, 25L) }, Events(decoder, 1_000 + lateMs));
    }

    [Fact]
    public void TrainSplitAcrossTwoCaptures_DecodesOnce()
    {
        var decoder = new CoinPulseDecoder(Table);

        // The first capture was cut (its buffer full): no end; the second carries on.
        Capture(decoder, 3, ended: false);
        decoder.Level(false, 30_000);
        Assert.Empty(Events(decoder, 0));
        Capture(decoder, 2);

        Assert.Equal(new[] { (CoinEvent.Coin, 25L) }, Events(decoder, 0));
    }

    [Fact]
    public void TwoCoinsInOneCapture_AreSplitByTheGap()
    {
        var decoder = new CoinPulseDecoder(Table);

        Capture(decoder, 2, ended: false);
        decoder.Level(false, 160_000);
        Capture(decoder, 1);

        Assert.Equal(new[] { (CoinEvent.Coin, 10L), (CoinEvent.Coin, 5L) }, Events(decoder, 0));
    }

    [Fact]
    public void Glitches_AreIgnored_InsideAndOutsideATrain()
    {
        var decoder = new CoinPulseDecoder(Table);
        decoder.Level(true, 3_000);
        decoder.Level(false, 20_000);
        decoder.Level(true, 30_000);
        decoder.Level(false, 30_000);
        decoder.Level(true, 2_000);
        decoder.Level(false, 30_000);
        decoder.Level(true, 30_000);
        decoder.CaptureEnded(false, 0);

        Assert.Equal(new[] { (CoinEvent.Coin, 10L) }, Events(decoder, 0));
    }

    [Fact]
    public void UnknownCount_CreditsNothing_AndSaysSo()
    {
        var decoder = new CoinPulseDecoder(Table);

        Capture(decoder, 3);

        Assert.Equal(new[] { (CoinEvent.Unknown, 3L) }, Events(decoder, 0));
    }

    [Fact]
    public void OverlongTrain_IsRejected()
    {
        var decoder = new CoinPulseDecoder(Table);

        Capture(decoder, 9, 20, 20);

        Assert.Equal(new[] { (CoinEvent.TooLong, 9L) }, Events(decoder, 0));
    }

    [Fact]
    public void LineHeldActive_IsAJam_UntilReleased()
    {
        var decoder = new CoinPulseDecoder(Table);
        decoder.Level(true, CoinCapture.LongestLevelMs * 1000L);
        decoder.CaptureEnded(true, 1_000);

        Assert.Empty(Events(decoder, 1_500));
        Assert.Equal(new[] { (CoinEvent.Jammed, 0L) }, Events(decoder, 1_000 - CoinCapture.IdleMs + Table.JamMs));
        Assert.Empty(Events(decoder, 5_000));
        decoder.Level(false, 0);
        decoder.CaptureEnded(false, 6_000);
        Assert.Equal(new[] { (CoinEvent.JamCleared, 0L) }, Events(decoder, 6_000));
        Capture(decoder, 1, endedAtMs: 7_000);
        Assert.Equal(new[] { (CoinEvent.Coin, 5L) }, Events(decoder, 7_000));
    }

    [Fact]
    public void PulsesThatNeverStop_AreAJam_NotACoin()
    {
        var decoder = new CoinPulseDecoder(Table);
        var events = new List<(CoinEvent, long)>();
        for (int i = 0; i < 100; i++)
        {
            decoder.Level(true, 20_000);
            decoder.Level(false, 20_000);
            events.AddRange(Events(decoder, 0));
        }

        Assert.Equal(new[] { (CoinEvent.Jammed, 0L) }, events);
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

            Capture(decoder, config.Coins.PulsesAt(i), pulseMs, spaceMs);

            Assert.Equal(new[] { (CoinEvent.Coin, config.Coins.CentsAt(i)) }, Events(decoder, 0));
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
