using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The UI loop's side of recording a sale: whether one may start, the room it keeps in the journal, and the
    /// commit itself (PLEASE WAIT drawn first, then the write, then PAID or NOT RECORDED).
    /// </summary>
    public sealed partial class UiStep
    {
        /// <summary>False, with the reason, when a sale must not start (hardware fault, full storage).</summary>
        public bool CanSell(out string reason)
        {
            string fault = Fault();
            if (fault != null)
            {
                reason = fault;
                return false;
            }

            return _journal.CanSell(out reason);
        }

        /// <summary>Keeps the journal's room for the sale whose payment opens (released when the sale ends without a commit).</summary>
        public bool ReserveSale(out string reason)
        {
            string fault = Fault();
            if (fault != null)
            {
                reason = fault;
                return false;
            }

            return _journal.ReserveSale(out reason);
        }

        private void CommitIfAsked(long nowUtc)
        {
            PendingCredit commit = Flow.PendingCommit;
            if (commit == null)
            {
                return;
            }

            if (commit.IsTest)
            {
                CommitTest(commit, nowUtc);
                return;
            }

            // The motorist sees PLEASE WAIT while flash is written (a write can wait behind the worker's), not a frozen payment screen.
            _drewBeforeCommit |= Draw();
            try
            {
                PermitRecord permit = commit.ExtendsSeq == 0
                    ? _journal.CommitSale(commit.Plate, _config.Meter.ZoneName, _config.Meter.Currency, nowUtc, commit.StartUtcMs, commit.EndUtcMs, commit.ChargedCents, 0)
                    : _journal.CommitAddedTime(commit.ExtendsSeq, commit.EndUtcMs, commit.ChargedCents);
                _log.Add(nowUtc, (commit.ExtendsSeq == 0 ? "sale " : "added time ") + permit.PermitNo + " " + permit.Plate + " $" + Cents.Format(commit.ChargedCents)
                    + " until " + TimeText.FormatDateTime(permit.EndUtcMs) + "Z" + (commit.OverpaidCents > 0 ? " (overpaid $" + Cents.Format(commit.OverpaidCents) + ")" : ""));
                Flow.OnCommitted(permit);
                _ledger.Recorded(commit, false);
            }
            catch (System.Exception error)
            {
                _log.Add(nowUtc, "SALE NOT RECORDED " + commit.Plate + " $" + Cents.Format(commit.ChargedCents) + ": " + error.Message);
                _ledger.NotRecorded(commit);
                // The motorist sees our own words, never a platform's exception text (that goes to the log).
                Flow.OnCommitFailed(error is JournalException ? error.Message : "flash error");
            }
        }
    }
}
