using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Operator;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// Credit always buys time, power cuts included: each coin rewrites the credit file with the sale the
    /// credit would buy (<see cref="SaleFlow.WouldCommit"/>), the file goes once the sale is recorded, and at
    /// boot a credit left behind is recorded as that sale, unless the journal shows it already was (a cut
    /// between the sale and the file's deletion). Only a coin whose own write the cut interrupted is lost.
    /// </summary>
    public sealed class CreditKeeper
    {
        private readonly PermitJournal _journal;
        private readonly MeterConfig _config;
        private readonly MeterLog _log;
        private bool _kept;

        /// <summary>Keeps credit in <paramref name="journal"/>'s folder, selling in <paramref name="config"/>'s zone and currency.</summary>
        public CreditKeeper(PermitJournal journal, MeterConfig config, MeterLog log)
        {
            _journal = journal;
            _config = config;
            _log = log;
        }

        /// <summary>Credit found at boot that could not be recorded as a sale, cents (logged; the operator settles it).</summary>
        public long NotRecordedCents { get; private set; }

        /// <summary>After a coin: the sale the credit would buy now goes to flash. A flash failure is logged; the sale goes on.</summary>
        public void Keep(SaleCommit wouldCommit, long nowUtcMs)
        {
            if (wouldCommit == null)
            {
                return;
            }

            try
            {
                _journal.SaveCredit(new PendingCredit(wouldCommit.ExtendsSeq, wouldCommit.Plate, nowUtcMs, wouldCommit.StartUtcMs, wouldCommit.EndUtcMs,
                    wouldCommit.Cents, wouldCommit.OverpaidCents));
                _kept = true;
            }
            catch (System.Exception error)
            {
                _log.Add(nowUtcMs, "credit not kept in flash (a power cut now would lose it): " + error.Message);
            }
        }

        /// <summary>The sale is in the journal: the kept credit is no longer needed.</summary>
        public void Recorded(long nowUtcMs)
        {
            if (!_kept)
            {
                return;
            }

            try
            {
                _journal.ClearCredit();
                _kept = false;
            }
            catch (System.Exception error)
            {
                // Harmless: at boot the journal shows the sale was recorded, and the file goes then.
                _log.Add(nowUtcMs, "credit file not deleted: " + error.Message);
            }
        }

        /// <summary>At boot, after the journal's mount: records the credit a power cut left, once.</summary>
        public void RecoverAtBoot(long nowUtcMs)
        {
            PendingCredit credit = _journal.RecoveredCredit;
            if (_journal.CreditTorn)
            {
                // The cut hit a coin's write: the credit before it (if any) is bought below; that coin is reported.
                _log.Add(nowUtcMs, "boot: a coin's credit was being written when the power went; that coin is in no sale (count the coin box)");
                if (credit == null)
                {
                    Clear(nowUtcMs);
                }
            }

            if (credit == null)
            {
                return;
            }

            string what = "$" + Cents.Format(credit.ChargedCents) + " for " + credit.Plate;
            try
            {
                if (AlreadyRecorded(credit))
                {
                    _log.Add(nowUtcMs, "boot: credit " + what + " was recorded before the power went");
                }
                else
                {
                    PermitRecord permit = credit.ExtendsSeq == 0
                        ? _journal.CommitSale(credit.Plate, _config.Meter.ZoneName, _config.Meter.Currency, credit.SoldUtcMs, credit.StartUtcMs, credit.EndUtcMs, credit.ChargedCents, 0)
                        : _journal.CommitAddedTime(credit.ExtendsSeq, credit.EndUtcMs, credit.ChargedCents);
                    _log.Add(nowUtcMs, "boot: credit " + what + " inserted before the power went bought " + permit.PermitNo + " until "
                        + TimeText.FormatDateTime(credit.EndUtcMs) + "Z" + (credit.OverpaidCents > 0 ? " (overpaid $" + Cents.Format(credit.OverpaidCents) + ")" : ""));
                }

                Clear(nowUtcMs);
            }
            catch (System.Exception error)
            {
                // Kept on flash: the next boot tries again, until a new sale's first coin replaces it.
                NotRecordedCents += credit.ChargedCents;
                _log.Add(nowUtcMs, "boot: CREDIT NOT RECORDED " + what + ": " + error.Message);
            }
        }

        private void Clear(long nowUtcMs)
        {
            try
            {
                _journal.ClearCredit();
            }
            catch (System.Exception error)
            {
                _log.Add(nowUtcMs, "boot: credit file not deleted: " + error.Message);
            }
        }

        // A sale shows as a permit of that plate starting when the credit's would; added time as the permit
        // reaching the credit's end. A permit already pruned cannot take added time: nothing to record.
        private bool AlreadyRecorded(PendingCredit credit)
        {
            if (credit.ExtendsSeq != 0)
            {
                PermitRecord extended = _journal.Find(credit.ExtendsSeq);
                return extended == null || extended.EndUtcMs >= credit.EndUtcMs;
            }

            PermitRecord[] permits = _journal.FindByPlate(credit.Plate);
            for (int i = 0; i < permits.Length; i++)
            {
                if (permits[i].StartUtcMs == credit.StartUtcMs)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
