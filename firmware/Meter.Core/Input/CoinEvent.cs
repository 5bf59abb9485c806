namespace Meter.Core.Input
{
    /// <summary>What <see cref="CoinPulseDecoder.Poll"/> found.</summary>
    public enum CoinEvent
    {
        /// <summary>Nothing decoded yet.</summary>
        None = 0,

        /// <summary>A known coin; the value is its cents.</summary>
        Coin = 1,

        /// <summary>A train whose pulse count is no coin in the table; the value is the count. Credits nothing.</summary>
        Unknown = 2,

        /// <summary>More pulses than any coin has (noise or a fault); the value is the count. Credits nothing.</summary>
        TooLong = 3,

        /// <summary>The pulse line has been busy far too long: the acceptor is jammed.</summary>
        Jammed = 4,

        /// <summary>The pulse line went idle again after a jam.</summary>
        JamCleared = 5,
    }
}
