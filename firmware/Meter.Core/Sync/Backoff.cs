namespace Meter.Core.Sync
{
    /// <summary>
    /// Capped exponential back-off with full jitter: a delay drawn evenly from 0 to
    /// min(maximum, minimum x 2^attempts), so many meters (or records) coming back at once spread out.
    /// </summary>
    public sealed class Backoff
    {
        private readonly int _minimumMs;
        private readonly int _maximumMs;
        private readonly System.Random _random;

        /// <summary>Waits from <paramref name="minimumMs"/> doubling to <paramref name="maximumMs"/>, jittered by <paramref name="random"/>.</summary>
        public Backoff(int minimumMs, int maximumMs, System.Random random)
        {
            _minimumMs = minimumMs;
            _maximumMs = maximumMs;
            _random = random;
        }

        /// <summary>The delay before attempt number <paramref name="attempts"/> + 1, in ms.</summary>
        public int DelayMs(int attempts)
        {
            long ceiling = _minimumMs;
            for (int i = 0; i < attempts && ceiling < _maximumMs; i++)
            {
                ceiling *= 2;
            }

            if (ceiling > _maximumMs)
            {
                ceiling = _maximumMs;
            }

            return _random.Next((int)ceiling + 1);
        }
    }
}
