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
        }

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
