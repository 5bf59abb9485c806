namespace Meter.Core.Config
{
    /// <summary>
    /// [coins]: the coin acceptor's pulse trains. A coin is reported as N pulses; a train ends after an
    /// idle gap. Pulse counts map to cents; a count not in the table credits nothing.
    /// </summary>
    public sealed class CoinTable
    {
        private readonly int[] _pulses;
        private readonly long[] _cents;

        /// <summary>
        /// The coins as programmed: pulses[i] pulses mean cents[i]; a train ends after <paramref name="gapMs"/> without a pulse;
        /// pulses shorter than <paramref name="minimumPulseMs"/> are glitches. The acceptor sends pulses of
        /// <paramref name="pulseMs"/> spaced by <paramref name="spaceMs"/>; a line busy longer than <paramref name="jamMs"/> is jammed.
        /// </summary>
        public CoinTable(int[] pulses, long[] cents, int gapMs, int minimumPulseMs, int pulseMs, int spaceMs, int jamMs)
        {
            _pulses = pulses;
            _cents = cents;
            GapMs = gapMs;
            MinimumPulseMs = minimumPulseMs;
            PulseMs = pulseMs;
            SpaceMs = spaceMs;
            JamMs = jamMs;
        }

        /// <summary>No coin known: for a meter whose [coins] did not read (its inhibit line stays held).</summary>
        public static CoinTable Empty()
        {
            return new CoinTable(new int[0], new long[0], 100, 10, 50, 50, 3000);
        }

        /// <summary>The acceptor's pulse width, ms (as it is programmed: the CH-926 offers 30, 50 and 100).</summary>
        public int PulseMs { get; private set; }

        /// <summary>The acceptor's idle time between two pulses of one coin's train, ms.</summary>
        public int SpaceMs { get; private set; }

        /// <summary>A line busy this long (one pulse held, or a train that never ends) is a jam, ms.</summary>
        public int JamMs { get; private set; }

        /// <summary>From the longest coin's first pulse to the moment its train is known to have ended, ms: it must fit <see cref="JamMs"/>.</summary>
        public int LongestTrainMs
        {
            get
            {
                int most = MaximumPulses;
                return most == 0 ? 0 : most * PulseMs + (most - 1) * SpaceMs + GapMs;
            }
        }

        /// <summary>How many coins the acceptor is programmed for.</summary>
        public int Count
        {
            get { return _pulses.Length; }
        }

        /// <summary>The pulse count of coin <paramref name="index"/>.</summary>
        public int PulsesAt(int index)
        {
            return _pulses[index];
        }

        /// <summary>The value of coin <paramref name="index"/>, cents.</summary>
        public long CentsAt(int index)
        {
            return _cents[index];
        }

        /// <summary>Idle time that ends a pulse train, ms.</summary>
        public int GapMs { get; private set; }

        /// <summary>Pulses shorter than this are glitches, ms.</summary>
        public int MinimumPulseMs { get; private set; }

        /// <summary>The longest train the table knows; longer ones are rejected as jams or noise.</summary>
        public int MaximumPulses
        {
            get
            {
                int most = 0;
                for (int i = 0; i < _pulses.Length; i++)
                {
                    most = _pulses[i] > most ? _pulses[i] : most;
                }

                return most;
            }
        }

        /// <summary>The value of the smallest coin, cents (0 without coins).</summary>
        public long SmallestCoinCents
        {
            get
            {
                long least = long.MaxValue;
                for (int i = 0; i < _cents.Length; i++)
                {
                    least = _cents[i] < least ? _cents[i] : least;
                }

                return least;
            }
        }

        /// <summary>Cents for a pulse count, or -1 when the count is not a known coin.</summary>
        public long CentsFor(int pulses)
        {
            for (int i = 0; i < _pulses.Length; i++)
            {
                if (_pulses[i] == pulses)
                {
                    return _cents[i];
                }
            }

            return -1;
        }
    }
}
