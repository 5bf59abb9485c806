namespace Meter.Core.Operator
{
    /// <summary>
    /// The technician PIN's guard, one per meter: every console session shares it, so reconnecting gives an
    /// attacker nothing. Three wrong PINs in a row lock PIN entry for 30 s, and each further wrong PIN
    /// doubles the lock, up to an hour: a 4-digit PIN then takes years to guess. A right PIN resets it.
    /// While locked, a PIN is not even compared.
    /// </summary>
    public sealed class PinGuard
    {
        /// <summary>Wrong PINs in a row before the first lock.</summary>
        public const int FreeTries = 3;

        /// <summary>The first lock after the free tries, ms; each further wrong PIN doubles it.</summary>
        public const long FirstLockMs = 30000;

        /// <summary>The longest lock, ms.</summary>
        public const long LongestLockMs = 3600000;

        private readonly object _sync = new object();
        private readonly string _pin;
        private int _failures;
        private long _lockedUntilMs;

        /// <summary>A guard for the technician <paramref name="pin"/>.</summary>
        public PinGuard(string pin)
        {
            _pin = pin == null ? "" : pin;
        }

        /// <summary>Wrong PINs in a row.</summary>
        public int Failures
        {
            get { lock (_sync) { return _failures; } }
        }

        /// <summary>How long PIN entry stays locked from <paramref name="nowMs"/> (monotonic: a clock correction neither lengthens nor ends a lock), ms; 0 when a PIN may be tried.</summary>
        public long LockedForMs(long nowMs)
        {
            lock (_sync)
            {
                return _lockedUntilMs > nowMs ? _lockedUntilMs - nowMs : 0;
            }
        }

        /// <summary>
        /// Whether <paramref name="pin"/> is the technician PIN. False without comparing while locked; a wrong PIN
        /// counts, and from the third in a row on sets the next lock (<see cref="LockedForMs"/>).
        /// </summary>
        public bool Check(string pin, long nowMs)
        {
            lock (_sync)
            {
                if (_lockedUntilMs > nowMs)
                {
                    return false;
                }

                if (_pin.Length > 0 && SameText(pin, _pin))
                {
                    _failures = 0;
                    return true;
                }

                _failures++;
                if (_failures >= FreeTries)
                {
                    long lockMs = FirstLockMs;
                    for (int i = FreeTries; i < _failures && lockMs < LongestLockMs; i++)
                    {
                        lockMs *= 2;
                    }

                    _lockedUntilMs = nowMs + (lockMs > LongestLockMs ? LongestLockMs : lockMs);
                }

                return false;
            }
        }

        // Compares every character whatever the first difference, so timing tells nothing about the PIN.
        private static bool SameText(string typed, string pin)
        {
            if (typed == null)
            {
                return false;
            }

            int difference = typed.Length ^ pin.Length;
            for (int i = 0; i < pin.Length; i++)
            {
                difference |= (i < typed.Length ? typed[i] : 0) ^ pin[i];
            }

            return difference == 0;
        }
    }
}
