using Meter.Core.OpsCom;
using Meter.Core.Sync;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The UI loop's side of "already covered": it hands a confirmed plate to the sync worker and looks for the answer on
    /// each pass, never waiting for it; past <c>[opscom] covered_wait_ms</c>, or once a coin is in, it stops looking.
    /// </summary>
    public sealed partial class UiStep
    {
        private string _checking;
        private long _checkAskedMs;

        /// <summary>Where the UI puts its plate checks for the worker; null when the meter does not check plates.</summary>
        public PlateCheck PlateCheck { get; set; }

        private void CheckCoverage(long nowUtc, long nowMs)
        {
            string plate = Flow.TakePlateToCheck();
            if (PlateCheck == null)
            {
                return;
            }

            if (plate != null)
            {
                PlateCheck.Ask(plate);
                _checking = plate;
                _checkAskedMs = nowMs;
                return;
            }

            if (_checking == null)
            {
                return;
            }

            PlateCoverage coverage;
            if (!Flow.AwaitingCoverage || nowMs - _checkAskedMs > _config.OpsCom.CoveredWaitMs)
            {
                _checking = null;
            }
            else if (PlateCheck.TakeAnswer(_checking, out coverage))
            {
                _checking = null;
                if (coverage != null)
                {
                    Flow.OnCovered(coverage.PermitName, coverage.UntilUtcMs, nowUtc);
                }
            }
        }
    }
}
