namespace Meter.Core.Input
{
    /// <summary>What <see cref="CoinPulseDecoder.Poll"/> found. Integer constants: nanoFramework prints enums as numbers.</summary>
    public static class CoinEvent
    {
        public const int None = 0;

        /// <summary>A known coin; the value is its cents.</summary>
        public const int Coin = 1;

        /// <summary>A train whose pulse count is no coin in the table; the value is the count. Credits nothing.</summary>
        public const int Unknown = 2;

        /// <summary>More pulses than any coin has (noise or a fault); the value is the count. Credits nothing.</summary>
        public const int TooLong = 3;

        /// <summary>The pulse line has been busy far too long: the acceptor is jammed.</summary>
        public const int Jammed = 4;

        public const int JamCleared = 5;
    }
}
