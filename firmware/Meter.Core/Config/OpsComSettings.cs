namespace Meter.Core.Config
{
    /// <summary>[opscom]: where permits go. The client code is configuration: the seed spells it both OC-TOMA and OC_TOMA.</summary>
    public sealed class OpsComSettings
    {
        /// <summary>[opscom] as read.</summary>
        public OpsComSettings(string baseUrl, string client, string validateUrl, bool sendTimesAsUtc, string rootCaPath)
        {
            BaseUrl = baseUrl;
            Client = client;
            ValidateUrl = validateUrl;
            SendTimesAsUtc = sendTimesAsUtc;
            RootCaPath = rootCaPath;
            CoveringPermits = new string[0];
            CoveredWaitMs = 1500;
        }

        /// <summary>These settings with the plate check's: the permits that cover parking here, and how long an answer may take.</summary>
        public OpsComSettings WithCovering(string[] coveringPermits, int coveredWaitMs)
        {
            CoveringPermits = coveringPermits;
            CoveredWaitMs = coveredWaitMs;
            return this;
        }

        /// <summary>Short names or types of OPSCOM permits that cover parking at this meter; empty: plates are not checked.</summary>
        public string[] CoveringPermits { get; private set; }

        /// <summary>How long after a plate is confirmed an answer saying it is covered is still shown, ms.</summary>
        public int CoveredWaitMs { get; private set; }

        /// <summary>Controller base, e.g. https://controller.operationscommander.io; permits go to {base}/api/{client}/v1/permits/...</summary>
        public string BaseUrl { get; private set; }

        /// <summary>The client code of /api/{client}/v1/..., e.g. OC-TOMA.</summary>
        public string Client { get; private set; }

        /// <summary>Plate validation host (another host in the seed), e.g. https://service.opscom.com.</summary>
        public string ValidateUrl { get; private set; }

        /// <summary>True: startTime/endTime are sent in UTC; false: in the meter's local time.</summary>
        public bool SendTimesAsUtc { get; private set; }

        /// <summary>PEM root certificate on the device's drive that HTTPS answers must chain to; empty for plain HTTP.</summary>
        public string RootCaPath { get; private set; }
    }
}
