namespace Meter.Core.Config
{
    /// <summary>[meter]: who this meter is and what it sells.</summary>
    public sealed class MeterSettings
    {
        /// <summary>[meter] as read.</summary>
        public MeterSettings(string id, string zoneName, string currency, string[] languages)
        {
            Languages = languages;
            Id = id;
            ZoneName = zoneName;
            Currency = currency;
        }

        /// <summary>1-20 letters, digits or '-'; prefixes every permit number, so it must be unique per client.</summary>
        public string Id { get; private set; }

        /// <summary>The OPSCOM zone name sent with each permit (at most 200 characters).</summary>
        public string ZoneName { get; private set; }

        /// <summary>Codes of the motorist's languages ("en", "fr"), the default first.</summary>
        public string[] Languages { get; private set; }

        /// <summary>CAD or USD.</summary>
        public string Currency { get; private set; }
    }
}
