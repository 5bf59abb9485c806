namespace Meter.Core.Sale
{
    /// <summary>What an entry of the <see cref="InputQueue"/> is.</summary>
    public enum InputKind
    {
        /// <summary>Nothing (an empty queue).</summary>
        None = 0,

        /// <summary>A decoded key; the value is the character.</summary>
        Key = 1,

        /// <summary>A decoded coin; the value is its cents.</summary>
        Coin = 2,

        /// <summary>A pulse train that is no coin; the value is the pulse count.</summary>
        UnknownCoin = 3,

        /// <summary>The acceptor jammed (1) or recovered (0).</summary>
        Jam = 4,

        /// <summary>A keypad contact from the matrix scan: value = key index (0-15) + 16 when closed.</summary>
        KeyContact = 5,

        /// <summary>A level of the coin pulse line as the capture measured it: value = its duration in µs, negative when idle.</summary>
        CoinLevel = 6,

        /// <summary>A capture of the pulse line ended (no edge for its idle time): value 1 when the line is held active.</summary>
        CoinCaptureEnd = 7,
    }
}
