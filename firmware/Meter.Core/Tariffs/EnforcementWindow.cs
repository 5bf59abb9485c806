namespace Meter.Core.Tariffs
{
    /// <summary>Local clock times, minutes after midnight, between which parking must be paid for.</summary>
    public sealed class EnforcementWindow
    {
        /// <summary>Enforcement from <paramref name="startMinuteOfDay"/> to <paramref name="endMinuteOfDay"/>, local minutes.</summary>
        public EnforcementWindow(int startMinuteOfDay, int endMinuteOfDay)
        {
            StartMinuteOfDay = startMinuteOfDay;
            EndMinuteOfDay = endMinuteOfDay;
        }

        /// <summary>When enforcement starts, minutes after local midnight.</summary>
        public int StartMinuteOfDay { get; private set; }

        /// <summary>Exclusive; 1440 means until midnight.</summary>
        public int EndMinuteOfDay { get; private set; }
    }
}
