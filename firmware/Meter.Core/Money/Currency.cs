namespace Meter.Core.Money
{
    /// <summary>
    /// The currencies OPSCOM documents for permits. Codes are strings, not an enum, because
    /// nanoFramework's Enum.ToString() yields the number rather than the name.
    /// </summary>
    public static class Currency
    {
        /// <summary>Canadian dollars.</summary>
        public const string Cad = "CAD";
        /// <summary>US dollars.</summary>
        public const string Usd = "USD";

        /// <summary>True for a currency OPSCOM takes.</summary>
        public static bool IsSupported(string code)
        {
            return code == Cad || code == Usd;
        }
    }
}
