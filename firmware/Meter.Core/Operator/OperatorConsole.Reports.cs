using Meter.Core.Journal;
using Meter.Core.Time;
using Meter.Core.Money;

namespace Meter.Core.Operator
{
    /// <summary>The console's longer answers: status, queue and one permit.</summary>
    public sealed partial class OperatorConsole
    {
        private static readonly PermitState[] States =
        {
            PermitState.Sold, PermitState.Pushed, PermitState.TimeAdded, PermitState.Updated, PermitState.VoidRequested, PermitState.Voided, PermitState.Rejected, PermitState.Cleared,
        };

        private string Status(long nowUtcMs)
        {
            Sync.SyncState sync = _sync.Snapshot();
            string text = "network  " + (sync.Online ? "online" : sync.LastAttemptUtcMs < 0 ? "not tried yet" : "OFFLINE") + LastOk(sync, nowUtcMs) + "\n";
            int waiting = _journal.PendingCount;
            text += "sync     " + (sync.WaitingForTime ? "waiting for the time (SNTP): HTTPS checks certificate dates; " + waiting.ToString() + " permit(s) wait"
                : sync.AlertCode != 0 ? "ALERT " + sync.AlertCode.ToString() + " " + sync.AlertMessage + " (paused, records kept)"
                : waiting > 0 ? waiting.ToString() + " permit(s) waiting for OPSCOM" : "ok, nothing waiting")
                + (sync.LastProblem.Length > 0 ? "; last problem: " + sync.LastProblem : "") + "\n";
            string queue = "";
            for (int i = 0; i < States.Length; i++)
            {
                queue += (i == 0 ? "" : ", ") + PermitStates.Name(States[i]) + " " + _journal.CountInState(States[i]).ToString();
            }

            text += "queue    " + queue + "\n";
            long oldest = _journal.OldestPendingSoldUtcMs();
            text += "oldest   " + (oldest < 0 ? "nothing unsent" : "unsent for " + Duration(nowUtcMs - oldest)) + "\n";
            text += "clock    " + TimeText.FormatDateTime(nowUtcMs) + "Z " + (_meter.ClockTrusted ? "set" : "NOT SET") + "\n";
            string reason;
            bool canSell = _journal.CanSell(out reason);
            text += "storage  " + _journal.FileCount.ToString() + " files, about " + (_journal.EstimatedFlashBytes / 1024).ToString() + " of "
                + (_config.Journal.CapacityBytes / 1024).ToString() + " KiB (" + (_journal.FixedFlashBytes / 1024).ToString()
                + " KiB of it is littlefs's directory blocks, there however few permits), " + _journal.Count.ToString() + " of "
                + _config.Journal.CapacityRecords.ToString() + " permits" + (canSell ? "" : " (" + reason + ")") + "\n";
            int rejected = _journal.CountInState(PermitState.Rejected);
            if (rejected > 0)
            {
                text += "REJECTED " + rejected.ToString() + " permit(s) OPSCOM refused: see queue, then retry or clear them\n";
            }

            text += "trouble  dropped inputs " + _meter.DroppedInputs.ToString() + ", worker exceptions " + sync.WorkerExceptions.ToString()
                + Last(sync.LastWorkerProblem) + ", maintenance failures " + sync.MaintenanceFailures.ToString() + Last(sync.LastMaintenanceProblem) + "\n";
            text += "screen   " + _meter.ScreenTitle + "\n";
            IDeviceHealth health = Health;
            if (health != null)
            {
                long free = health.FreeMemoryBytes;
                string peripherals = health.Peripherals;
                text += "device   " + (free < 0 ? "" : free.ToString() + " bytes heap free, ") + health.Network
                    + (peripherals.Length > 0 ? "; " + peripherals : "") + "\n";
            }

            text += "coins    this period: unknown " + _meter.UnknownCoins.ToString() + ", overpaid $" + Cents.Format(_meter.OverpaidCents)
                + "; not recorded since boot $" + Cents.Format(_meter.NotRecordedCents) + "\n";
            return text + "version  " + Version + ", meter " + _config.Meter.Id + "\n";
        }

        // Walks the journal one permit at a time (each read back from flash), never copying them all: the
        // device heap holds numbers for a thousand permits, not a thousand records.
        private string Queue(long nowUtcMs)
        {
            string text = "";
            int shown = 0;
            for (int seq = _journal.NextInQueue(0, true); seq != 0 && shown < 30; seq = _journal.NextInQueue(seq, true))
            {
                PermitRecord p = _journal.Find(seq);
                if (p == null)
                {
                    continue;
                }

                shown++;
                text += p.PermitNo + "  " + PermitStates.Name(p.State) + "  " + p.Plate + "  $" + Cents.Format(p.AmountCents)
                    + "  until " + TimeText.FormatDateTime(p.EndUtcMs) + "Z";
                if (p.State == PermitState.Rejected)
                {
                    text += "  error " + p.ErrorCode.ToString() + " " + p.ErrorMessage;
                }
                else if (p.Attempts > 0)
                {
                    text += "  attempts " + p.Attempts.ToString() + " since boot";
                }

                text += "\n";
            }

            return shown == 0 ? "queue empty: OPSCOM has every permit\n" : text;
        }

        private string Show(string permitNo)
        {
            PermitRecord p = _journal.Find(permitNo);
            if (p == null)
            {
                return "error: no permit " + permitNo + "\n";
            }

            return "permit     " + p.PermitNo + "\nstate      " + PermitStates.Name(p.State) + "\nplate      " + p.Plate + "\nzone       " + p.Zone
                + "\nsold       " + TimeText.FormatDateTime(p.SoldUtcMs) + "Z\nstart      " + TimeText.FormatDateTime(p.StartUtcMs) + "Z\nend        "
                + TimeText.FormatDateTime(p.EndUtcMs) + "Z\namount     " + Cents.Format(p.AmountCents) + " " + p.Currency
                + "\nreference  " + (p.ReferenceId.Length > 0 ? p.ReferenceId : p.Delivered ? "(none: OPSCOM answered 9022)" : "(not pushed yet)")
                + "\nattempts   " + p.Attempts.ToString()
                + (p.LinkedSeq != 0 ? "\nextends    permit " + p.LinkedSeq.ToString() : "")
                + (p.State == PermitState.Rejected ? "\nerror      " + p.ErrorCode.ToString() + " " + p.ErrorMessage : "") + "\n";
        }

        private static string Last(string problem)
        {
            return problem.Length == 0 ? "" : " (last: " + problem + ")";
        }

        private static string LastOk(Sync.SyncState sync, long nowUtcMs)
        {
            long last = sync.LastSuccessUtcMs;
            return last < 0 ? "" : ", last answer " + Duration(nowUtcMs - last) + " ago";
        }

        private static string Duration(long ms)
        {
            long seconds = ms < 0 ? 0 : ms / 1000;
            if (seconds < 60)
            {
                return seconds.ToString() + "s";
            }

            if (seconds < 3600)
            {
                return (seconds / 60).ToString() + "m " + (seconds % 60).ToString() + "s";
            }

            return (seconds / 3600).ToString() + "h " + (seconds / 60 % 60).ToString() + "m";
        }
    }
}
