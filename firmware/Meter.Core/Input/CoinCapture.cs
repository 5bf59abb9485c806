namespace Meter.Core.Input
{
    /// <summary>
    /// The shape in which coin pulses reach the core: captures of the pulse line, each a run of levels (active or
    /// idle, with the duration the hardware measured, µs) ended when the line saw no edge for <see cref="IdleMs"/>.
    /// On the ESP32 the RMT receiver measures them on its own 80 MHz clock (divided by 255: 3.19 µs a tick), so the
    /// interpreter's delays never touch a pulse width; the simulator and the tests feed the same shape.
    /// </summary>
    public static class CoinCapture
    {
        /// <summary>
        /// No edge for this long ends a capture, ms (43,922 ticks, within the RMT's 16-bit idle threshold): longer
        /// than any space inside a train (pulse_space_ms, at most 100 ms, with 40 % to spare), so a capture that ended
        /// means the train is over; a gap between two coins at least this long always ends one.
        /// </summary>
        public const int IdleMs = 140;

        /// <summary>
        /// The longest level the RMT records in one item, ms (32,767 ticks of 3.19 µs). A longer level (a 100 ms pulse
        /// a little slow, a space) comes clipped or split in two: the device adapter joins split levels, and a clipped
        /// one still reads as what it is (a pulse longer than pulse_min_ms, a space shorter than a capture's end).
        /// </summary>
        public const int LongestLevelMs = 104;
    }
}
