namespace Meter.Core.OpsCom
{
    /// <summary>What the sync worker sends for a permit.</summary>
    public static class OpsComOperation
    {
        public const int Push = 1;
        public const int Update = 2;
        public const int Delete = 3;
    }
}
