// Declarations only (see README.md): nanoFramework.Runtime.Native 1.7.11.
namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }

    public class Power
    {
        public static void RebootDevice(RebootOption rebootOption = RebootOption.NormalReboot) { throw new System.NotImplementedException(); }
    }

    public static class Rtc
    {
        /// <summary>Sets the system clock (UTC).</summary>
        public static bool SetSystemTime(System.DateTime time) { throw new System.NotImplementedException(); }
    }

    public static class GC
    {
        /// <summary>Runs a collection; returns the free managed heap in bytes.</summary>
        public static uint Run(bool compactHeap) { throw new System.NotImplementedException(); }
    }
}

namespace System
{
    public static partial class Environment
    {
        /// <summary>Milliseconds since boot.</summary>
        public static long TickCount64 { get { throw new NotImplementedException(); } }
    }
}
