using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Time;
using Meter.Core.Diagnostics;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The meter's cash audit, and the guarantee that credit always buys time. Each coin is counted (by
    /// denomination) in the same write that keeps the sale the credit would buy; a recorded sale moves its
    /// money from credit to revenue with the next write (it writes nothing itself). At boot, credit a power
    /// cut left becomes that sale (or, when it cannot, credit the meter kept), exactly once. A collection
    /// closes the period: its totals go to the collections kept, a new period opens. Shared by the UI thread
    /// (coins, sales) and the console thread (audit, collect) under one lock. The lock is held across the
    /// collection's two small writes: the closed period must be in flash before any later coin is, so a coin
    /// arriving during a collection (the technician's hand is on the box) waits those milliseconds.
    /// </summary>
    public sealed class AuditLedger
    {
        private readonly object _sync = new object();
        private readonly PermitJournal _journal;
        private readonly MeterConfig _config;
        private readonly MeterLog _log;
        private AuditTotals _totals;
        private PendingCredit _credit;

        /// <summary>An audit kept in <paramref name="journal"/>'s folder for a meter selling as <paramref name="config"/> says.</summary>
        public AuditLedger(PermitJournal journal, MeterConfig config, MeterLog log)
        {
            _journal = journal;
            _config = config;
            _log = log;
        }

        /// <summary>Credit that could not be recorded as a sale since boot (a commit the journal refused, or credit found at boot), cents.</summary>
        public long NotRecordedCents { get; private set; }

        /// <summary>The journal refused the sale this credit was paying for: its money is counted as not recorded.</summary>
        public void NotRecorded(PendingCredit sale)
        {
            lock (_sync)
            {
                NotRecordedCents += sale.ChargedCents + sale.OverpaidCents;
            }
        }

        /// <summary>A copy of the open period's totals, and the credit of the sale being paid now (cents).</summary>
        public AuditTotals Current(out long inSaleCents)
        {
            lock (_sync)
            {
                inSaleCents = _credit == null || _credit.IsTest ? 0 : _credit.CreditCents;
                return _totals.Copy();
            }
        }

        /// <summary>The collections kept, oldest first (read from flash).</summary>
        public AuditTotals[] Collections
        {
            get { lock (_sync) { return _journal.ReadCollections(); } }
        }

        /// <summary>
        /// A coin of <paramref name="cents"/> went in. <paramref name="sale"/> is what the credit buys now (null when no
        /// sale takes it: it raced the inhibit, and is counted as overpaid). Test coins are counted apart.
        /// </summary>
        public void Coin(long cents, PendingCredit sale, bool test, long nowUtcMs)
        {
            lock (_sync)
            {
                if (test)
                {
                    _totals.TestCoins++;
                    _totals.TestCashCents += cents;
                }
                else
                {
                    int index = IndexOf(cents);
                    _totals.CoinCounts[index < 0 ? 0 : index]++;
                    _totals.CashCents += cents;
                    _totals.OverpaidCents += sale == null ? cents : 0;
                }

                if (sale != null)
                {
                    _credit = new PendingCredit(sale.ExtendsSeq, sale.Plate, nowUtcMs, sale.StartUtcMs, sale.EndUtcMs, sale.ChargedCents, sale.OverpaidCents, test);
                }

                Save(nowUtcMs, "coin");
            }
        }

        /// <summary>
        /// The sale is recorded (or, in test mode, done): its money moves from credit to revenue. Nothing is written
        /// now: the next write (the next coin, at the latest) carries it, and until then the credit in flash is found
        /// recorded at boot (the journal keeps that plate's permits). A sale then costs no flash beyond its coins.
        /// </summary>
        public void Recorded(PendingCredit sale, bool test)
        {
            lock (_sync)
            {
                if (test)
                {
                    _totals.TestSales++;
                }
                else
                {
                    Fold(sale.ExtendsSeq, sale.ChargedCents, sale.OverpaidCents);
                }

                _credit = null;
            }
        }

        /// <summary>A pulse train that was no coin, or a jam: counted for the collection.</summary>
        public void Trouble(bool jam, long nowUtcMs)
        {
            lock (_sync)
            {
                if (jam)
                {
                    _totals.Jams++;
                }
                else
                {
                    _totals.UnknownTrains++;
                }

                Save(nowUtcMs, jam ? "jam" : "unknown coin");
            }
        }

        /// <summary>
        /// Closes the open period at <paramref name="nowUtcMs"/> and opens the next; returns the closed one. The credit
        /// of a sale in progress is in the closed period's cash and carried into the next one's accounts.
        /// Throws when the collection cannot be kept (the period stays open). When the collection is kept but the new
        /// period is not, <paramref name="warning"/> says why (else null): the new period lives in RAM until the next
        /// write, and a reboot before it opens the period again from the collection.
        /// </summary>
        public AuditTotals Collect(long nowUtcMs, out string warning)
        {
            lock (_sync)
            {
                AuditTotals closed = _totals.Copy();
                closed.EndUtcMs = JournalRules.Stored(nowUtcMs);
                closed.InSaleAtCollectionCents = _credit == null || _credit.IsTest ? 0 : _credit.CreditCents;
                _journal.AddCollection(closed);
                _totals = Opened(closed);
                warning = Save(nowUtcMs, "collection");
                return closed.Copy();
            }
        }

        /// <summary>At boot, after the journal's mount: the audit back from flash, and the credit a power cut left recorded once.</summary>
        public void RecoverAtBoot(long nowUtcMs)
        {
            lock (_sync)
            {
                AuditTotals[] collections = _journal.ReadCollections();
                AuditTotals last = collections.Length == 0 ? null : collections[collections.Length - 1];
                _totals = _journal.RecoveredTotals;
                bool changed = false;
                bool collectedBeforeCut = false;
                if (_totals == null)
                {
                    _totals = last == null ? new AuditTotals(1, nowUtcMs) : Opened(last);
                }
                else if (last != null && last.Period >= _totals.Period)
                {
                    // Collected just before the power went, before the next period was saved.
                    _totals = Opened(last);
                    changed = true;
                    collectedBeforeCut = true;
                }

                if (_journal.AuditTorn)
                {
                    _totals.InterruptedWrites++;
                    _log.Add(nowUtcMs, "boot: the audit was being written when the power went; the copy before counts (a coin counted in that write is in no sale: count the coin box)");
                    changed = true;
                }

                PendingCredit credit = _journal.RecoveredCredit;
                if (credit != null && collectedBeforeCut && !CarriedInBy(last, credit))
                {
                    // The credit kept with the closed period was recorded before the collection: its sale is in the
                    // collection's revenue already (a recorded sale clears the credit in flash only with the next write).
                    _journal.ReleaseReservation();
                    _log.Add(nowUtcMs, "boot: credit $" + Cents.Format(credit.CreditCents) + " for " + credit.Plate + " was recorded before collection " + last.Period.ToString());
                    changed = true;
                }
                else if (credit != null)
                {
                    RecoverCredit(credit, nowUtcMs);
                    changed = true;
                }

                if (changed)
                {
                    Save(nowUtcMs, "boot");
                }
            }
        }

        private void RecoverCredit(PendingCredit credit, long nowUtcMs)
        {
            string what = "$" + Cents.Format(credit.ChargedCents) + " for " + credit.Plate;
            if (credit.IsTest)
            {
                _totals.TestSales++;
                _log.Add(nowUtcMs, "boot: a test sale (" + what + ") was being paid when the power went; maintenance mode is off");
                return;
            }

            try
            {
                if (AlreadyRecorded(credit))
                {
                    _journal.ReleaseReservation();
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

                Fold(credit.ExtendsSeq, credit.ChargedCents, credit.OverpaidCents);
            }
            catch (System.Exception error)
            {
                _totals.CreditKeptCents += credit.CreditCents;
                NotRecordedCents += credit.CreditCents;
                _log.Add(nowUtcMs, "boot: CREDIT NOT RECORDED " + what + " (kept, in the audit): " + error.Message);
            }
        }

        // What the credit really became, matched on every field that identifies it, never on plate and start alone: a
        // sale is a permit of that plate numbered from the credit's first seq on (a permit sold before the credit's coins
        // went in, voided or not, is another sale), not split off another, with the credit's start, end and amount; added
        // time is the permit reaching the credit's end, or a permit split off it (OPSCOM's 9022) after the coins did. A
        // void or a later split does not change those fields. The journal keeps the plate's permits while the credit is
        // in flash, so a recorded sale is always found.
        private bool AlreadyRecorded(PendingCredit credit)
        {
            PermitRecord[] permits = _journal.FindByPlate(credit.Plate);
            for (int i = 0; i < permits.Length; i++)
            {
                PermitRecord permit = permits[i];
                bool found = credit.ExtendsSeq == 0
                    ? permit.LinkedSeq == 0 && permit.Seq >= credit.FirstSeq && permit.StartUtcMs == credit.StartUtcMs
                        && permit.EndUtcMs == credit.EndUtcMs && permit.AmountCents == credit.ChargedCents
                    : permit.EndUtcMs >= credit.EndUtcMs
                        && (permit.Seq == credit.ExtendsSeq || (permit.LinkedSeq == credit.ExtendsSeq && permit.Seq >= credit.FirstSeq));
                if (found)
                {
                    return true;
                }
            }

            return false;
        }

        // A sale was being paid when the period closed, with this very credit: it belongs to the next period.
        private static bool CarriedInBy(AuditTotals collection, PendingCredit credit)
        {
            return !credit.IsTest && collection.InSaleAtCollectionCents == credit.CreditCents;
        }

        private void Fold(int extendsSeq, long chargedCents, long overpaidCents)
        {
            if (extendsSeq == 0)
            {
                _totals.SoldCents += chargedCents;
                _totals.SoldCount++;
            }
            else
            {
                _totals.AddedCents += chargedCents;
                _totals.AddedCount++;
            }

            _totals.OverpaidCents += overpaidCents;
        }

        // The next period after a collection; a sale in progress at the collection is carried in.
        private static AuditTotals Opened(AuditTotals closed)
        {
            AuditTotals next = new AuditTotals(closed.Period + 1, closed.EndUtcMs);
            next.CarriedInCents = closed.InSaleAtCollectionCents;
            return next;
        }

        private int IndexOf(long cents)
        {
            for (int i = 0; i < _config.Coins.Count; i++)
            {
                if (_config.Coins.CentsAt(i) == cents)
                {
                    return i;
                }
            }

            return -1;
        }

        // A failed write is logged and the audit goes on in RAM: the next write carries what this one missed. Returns
        // what went wrong, or null.
        private string Save(long nowUtcMs, string after)
        {
            try
            {
                _journal.SaveAudit(_totals, _credit);
                return null;
            }
            catch (System.Exception error)
            {
                _log.Add(nowUtcMs, "audit not saved after a " + after + " (a power cut now would lose it): " + error.Message);
                return error.Message;
            }
        }
    }
}
