using Meter.Core.Display;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// "Already covered": when a new sale's plate is confirmed, the UI loop asks OPSCOM (through the sync worker) whether
    /// the plate already holds a permit that counts here. An answer that comes before the first coin is shown: pay anyway
    /// (#, or a coin) or cancel (C). One that comes later, or never, changes nothing.
    /// </summary>
    public sealed partial class SaleFlow
    {
        private string _plateToCheck;

        /// <summary>The plate to ask OPSCOM about, once, as a new sale's payment opens (null when none or already taken).</summary>
        public string TakePlateToCheck()
        {
            string plate = _plateToCheck;
            _plateToCheck = null;
            return plate;
        }

        /// <summary>Whether an answer saying the plate is covered would still be shown: a new sale, paying, no coin yet.</summary>
        public bool AwaitingCoverage
        {
            get { return _state == ScreenKind.Payment && _credit == 0 && _extends == null; }
        }

        /// <summary>OPSCOM says the plate is covered until <paramref name="untilUtcMs"/> by <paramref name="permitName"/> (null: a do-not-ticket entry).</summary>
        public void OnCovered(string permitName, long untilUtcMs, long nowUtcMs)
        {
            if (!AwaitingCoverage)
            {
                return;
            }

            _nowUtcMs = nowUtcMs;
            _state = ScreenKind.Covered;
            string name = permitName == null || permitName.Length > ScreenRenderer.Columns ? _texts.PermitOnFile : permitName.ToUpper();
            string until = name + _texts.CoveredUntil;
            Screen = new Screen(ScreenKind.Covered, _texts.AlreadyCovered, until.Length <= ScreenRenderer.Columns ? until : name, CoverEnd(untilUtcMs),
                _texts.CancelKey, _texts.PayAnyway, "");
        }

        private void AskIfCovered()
        {
            _plateToCheck = _checkPlates && _extends == null && !SaleIsTest ? _plate.Plate : null;
        }

        private void CoveredKey(char key)
        {
            if (key == '#')
            {
                _state = ScreenKind.Payment;
                Screen = PaymentScreen();
            }
            else if (key == 'C' || key == '*')
            {
                ToIdle();
            }
        }

        // Today's end as a time, a later one as a date ("30 APR").
        private string CoverEnd(long utcMs)
        {
            long local = _zone.ToLocal(utcMs);
            if (Calendar.DayOf(local) == Calendar.DayOf(_zone.ToLocal(_nowUtcMs)))
            {
                return Clock(utcMs);
            }

            int year;
            int month;
            int day;
            Calendar.CivilFromDays(Calendar.DayOf(local), out year, out month, out day);
            return _texts.Date(day, month);
        }
    }
}
