using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Sync;
using Meter.Core.Time;

namespace Meter.Core.Operator
{
    /// <summary>
    /// The operator's serial console: one command a line, one answer. Lines are bounded; unknown
    /// commands get the help; a void asks for the technician PIN, which is never echoed or logged.
    /// </summary>
    public sealed partial class OperatorConsole
    {
        public const string Version = "meter 0.1";

        private const string Help =
            "commands:\n" +
            "  status             network, sync, queue, clock, storage, version\n" +
            "  queue              permits waiting for OPSCOM or rejected\n" +
            "  show <permit>      one permit in full\n" +
            "  retry [<permit>]   send a rejected permit again (all rejected ones without a number)\n" +
            "  void <permit>      void a permit (asks for the technician PIN)\n" +
            "  stats [zones]      OPSCOM permit counts by type and zone (zones: comma-separated)\n" +
            "  validate <plate>   what OPSCOM knows about a plate\n" +
            "  config             the effective configuration (secrets masked)\n" +
            "  time               the meter's clock\n" +
            "  log                recent events\n" +
            "  help               this list\n";

        private readonly PermitJournal _journal;
        private readonly SyncStatus _sync;
        private readonly MeterConfig _config;
        private readonly IMeterStatus _meter;
        private readonly OpsComQueries _queries;
        private readonly MeterLog _log;

        public OperatorConsole(PermitJournal journal, SyncStatus sync, MeterConfig config, IMeterStatus meter, OpsComQueries queries, MeterLog log)
        {
            _journal = journal;
            _sync = sync;
            _config = config;
            _meter = meter;
            _queries = queries;
            _log = log;
        }

        /// <summary>Answers one line (without its line ending). The answer ends with a newline.</summary>
        public string Execute(ConsoleSession session, string line, long nowUtcMs)
        {
            if (line == null)
            {
                return "";
            }

            if (line.Length > _config.Console.MaximumLine)
            {
                session.PendingVoid = null;
                return "error: line longer than " + _config.Console.MaximumLine.ToString() + " characters, ignored\n";
            }

            if (session.PendingVoid != null)
            {
                return ConfirmVoid(session, line.Trim(), nowUtcMs);
            }

            string[] words = ConfigValues.Words(line.Trim());
            if (words.Length == 0)
            {
                return "";
            }

            string argument = words.Length > 1 ? words[1] : null;
            string trimmed = line.Trim();
            string rest = trimmed.Substring(words[0].Length).Trim();
            switch (words[0].ToLower())
            {
                case "help": return Help;
                case "status": return Status(nowUtcMs);
                case "queue": return Queue(nowUtcMs);
                case "show": return argument == null ? "usage: show <permit>\n" : Show(argument);
                case "retry": return Retry(argument, nowUtcMs);
                case "void": return StartVoid(session, argument);
                case "stats": return _queries.Stats(rest);
                case "validate": return argument == null ? "usage: validate <plate>\n" : _queries.Validate(argument.ToUpper());
                case "config": return ConfigPrinter.Print(_config);
                case "time": return Time(nowUtcMs);
                case "log": return _log.Text();
                default: return "unknown command '" + words[0] + "'\n" + Help;
            }
        }

        private string StartVoid(ConsoleSession session, string permitNo)
        {
            if (permitNo == null)
            {
                return "usage: void <permit>\n";
            }

            if (session.WrongPins >= 3)
            {
                return "error: too many wrong PINs; voids are locked for this session\n";
            }

            PermitRecord permit = _journal.Find(permitNo);
            if (permit == null)
            {
                return "error: no permit " + permitNo + "\n";
            }

            session.PendingVoid = permit.PermitNo;
            return "void " + permit.PermitNo + " (" + permit.Plate + ", " + Money.Money.Format(permit.AmountCents) + "): technician PIN?\n";
        }

        private string ConfirmVoid(ConsoleSession session, string pin, long nowUtcMs)
        {
            string permitNo = session.PendingVoid;
            session.PendingVoid = null;
            if (pin != _config.Secrets.TechnicianPin || pin.Length == 0)
            {
                session.WrongPins++;
                _log.Add(nowUtcMs, "console: wrong PIN for void of " + permitNo);
                return "error: wrong PIN, nothing voided\n";
            }

            session.WrongPins = 0;
            PermitRecord permit = _journal.Find(permitNo);
            try
            {
                PermitRecord voided = _journal.RequestVoid(permit.Seq);
                _log.Add(nowUtcMs, "console: void requested for " + permitNo);
                return permitNo + " is now " + PermitState.Name(voided.State) + "\n";
            }
            catch (JournalException error)
            {
                return "error: " + error.Message + "\n";
            }
        }

        private string Retry(string permitNo, long nowUtcMs)
        {
            PermitRecord[] all = permitNo == null ? _journal.Snapshot() : new PermitRecord[] { _journal.Find(permitNo) };
            int retried = 0;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] != null && all[i].State == PermitState.Rejected)
                {
                    _journal.RetryRejected(all[i].Seq);
                    _log.Add(nowUtcMs, "console: retry " + all[i].PermitNo);
                    retried++;
                }
            }

            if (permitNo != null && retried == 0)
            {
                return "error: " + permitNo + " is not a rejected permit\n";
            }

            return retried.ToString() + " permit(s) queued again\n";
        }

        private string Time(long nowUtcMs)
        {
            long local = _config.Tariff.Zone.ToLocal(nowUtcMs);
            return "utc    " + TimeText.FormatDateTime(nowUtcMs) + "Z\nlocal  " + TimeText.FormatDateTime(local) + "\nclock  "
                + (_meter.ClockTrusted ? "set (SNTP or RTC)" : "NOT SET: sales stopped until SNTP or the RTC sets it") + "\n";
        }
    }
}
