namespace Meter.Core.Tariffs
{
    /// <summary>Local clock times, minutes after midnight, between which parking must be paid for.</summary>
    public sealed class EnforcementWindow
    {
        public EnforcementWindow(int startMinuteOfDay, int endMinuteOfDay)
        {
            StartMinuteOfDay = startMinuteOfDay;
            EndMinuteOfDay = endMinuteOfDay;
        }

        public int StartMinuteOfDay { get; private set; }

        /// <summary>Exclusive; 1440 means until midnight.</summary>
        public int EndMinuteOfDay { get; private set; }
    }
}
