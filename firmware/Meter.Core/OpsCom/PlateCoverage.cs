namespace Meter.Core.OpsCom
{
    /// <summary>
    /// What OPSCOM's plate validation says covers a plate at this meter now: a permit whose short name or type the meter
    /// was told counts, or a do-not-ticket entry for its zone. Only its name and end: alarm text and notes may name
    /// people, and never leave the validation reader.
    /// </summary>
    public sealed class PlateCoverage
    {
        /// <summary>What covers the plate: the permit's short name (its type when it has none), or null for a do-not-ticket entry.</summary>
        public PlateCoverage(string permitName, long untilUtcMs)
        {
            PermitName = permitName;
            UntilUtcMs = untilUtcMs;
        }

        /// <summary>The permit's short name or type; null for a do-not-ticket entry (shown in the motorist's words).</summary>
        public string PermitName { get; private set; }

        /// <summary>When the cover ends, UTC ms.</summary>
        public long UntilUtcMs { get; private set; }
    }
}
