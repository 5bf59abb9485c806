// Declarations only (see README.md): nanoFramework.Networking.Sntp 1.6.42.
namespace nanoFramework.Networking
{
    public class Sntp
    {
        public static void Start() { throw new System.NotImplementedException(); }

        public static bool IsStarted { get { throw new System.NotImplementedException(); } }
    }
}
