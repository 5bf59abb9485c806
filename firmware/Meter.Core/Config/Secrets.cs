namespace Meter.Core.Config
{
    /// <summary>
    /// What must never reach the screen, the console, logs or the repository: read from a separate
    /// file (secrets.config, ignored by git) and printed only as "********".
    /// </summary>
    public sealed class Secrets
    {
        public const string Mask = "********";

        public Secrets(string apiToken, string wifiPassword, string technicianPin)
        {
            ApiToken = apiToken;
            WifiPassword = wifiPassword;
            TechnicianPin = technicianPin;
        }

        public string ApiToken { get; private set; }

        public string WifiPassword { get; private set; }

        public string TechnicianPin { get; private set; }
    }
}
