namespace Meter.Core.Config
{
    /// <summary>
    /// What must never reach the screen, the console, logs or the repository: read from a separate
    /// file (secrets.config, ignored by git) and printed only as "********".
    /// </summary>
    public sealed class Secrets
    {
        /// <summary>What printouts show in place of a secret that is set.</summary>
        public const string Mask = "********";

        /// <summary>secrets.config as read.</summary>
        public Secrets(string apiToken, string wifiPassword, string technicianPin)
        {
            ApiToken = apiToken;
            WifiPassword = wifiPassword;
            TechnicianPin = technicianPin;
        }

        /// <summary>The OPSCOM API token sent in every request body.</summary>
        public string ApiToken { get; private set; }

        /// <summary>The Wi-Fi password ("" for an open network).</summary>
        public string WifiPassword { get; private set; }

        /// <summary>The PIN the console asks before a void or clear.</summary>
        public string TechnicianPin { get; private set; }
    }
}
