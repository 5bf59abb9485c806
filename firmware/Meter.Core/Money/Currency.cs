namespace Meter.Core.Money
{
    /// <summary>
    /// The currencies OPSCOM documents for permits. Codes are strings, not an enum, because
    /// nanoFramework's Enum.ToString() yields the number rather than the name.
    /// </summary>
    public static class Currency
    {
        public const string Cad = "CAD";
        public const string Usd = "USD";

        public static bool IsSupported(string code)
        {
            return code == Cad || code == Usd;
        }
    }
}
