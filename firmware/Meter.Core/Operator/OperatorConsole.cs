using Meter.Core.Config;
using Meter.Core.Journal;
using Meter.Core.Sync;
using Meter.Core.Time;
using Meter.Core.Money;
using Meter.Core.Diagnostics;
using Meter.Core.Sale;

namespace Meter.Core.Operator
{
    /// <summary>
    /// The operator's serial console: one command a line, one answer. Lines are bounded; an unknown
    /// command is never echoed back (it may be a mistyped secret); a void or a clear asks for the
    /// technician PIN, which is never echoed or logged and is guarded for the whole meter (<see cref="PinGuard"/>).
    /// </summary>
    public sealed partial class OperatorConsole : IConsoleCommands
    {
        /// <summary>What status and the greeting call this firmware.</summary>
        public const string Version = "meter 0.1";

        private const string Help =
            "commands:\n" +
            "  status             network, sync, queue, clock, storage, version\n" +
            "  queue              permits waiting for OPSCOM or rejected\n" +
            "  show <permit>      one permit in full\n" +
            "  retry [<permit>]   send a rejected permit again (all rejected ones without a number)\n" +
            "  void <permit>      void a permit (asks for the technician PIN)\n" +
            "  clear <permit>     accept that OPSCOM will not have a rejected permit (technician PIN)\n" +
            "  audit [<n>]        the cash audit of the open period, or of collection n\n" +
            "  collections        the collections kept\n" +
            "  collect            close the period: the coin box was emptied (technician PIN)\n" +
            "  test on|off        maintenance mode: test sales only, never sent (technician PIN)\n" +
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
        private readonly PinGuard _pins;
        private readonly IAuditedMeter _audited;

        // The PIN lockout runs on its monotonic clock: a wall-clock correction must not lengthen or end a lock.
        private readonly IClock _clock;

        /// <summary>A console over the meter's journal, sync status, configuration and UI facts; <paramref name="clock"/> times the PIN lockout.</summary>
        public OperatorConsole(PermitJournal journal, SyncStatus sync, MeterConfig config, IMeterStatus meter, OpsComQueries queries, MeterLog log, IClock clock)
        {
            _clock = clock;
            _journal = journal;
            _sync = sync;
            _config = config;
            _meter = meter;
            _queries = queries;
            _log = log;
            _pins = new PinGuard(config.Secrets.TechnicianPin);
            _audited = meter as IAuditedMeter;
        }

        /// <summary>"meter ID console" and how to get help.</summary>
        public string Greeting
        {
            get { return "meter " + _config.Meter.Id + " console; 'help' lists commands\n"; }
        }

        /// <summary>The device's own facts for status (memory, network link, peripherals); null on a host that has none.</summary>
        public IDeviceHealth Health { get; set; }

        /// <summary>Answers one line (without its line ending). The answer ends with a newline.</summary>
        public string Execute(ConsoleSession session, string line, long nowUtcMs)
        {
            if (line == null)
            {
                return "";
            }

            if (line.Length > _config.Console.MaximumLine)
            {
                session.Forget();
                return "error: line longer than " + _config.Console.MaximumLine.ToString() + " characters, ignored\n";
            }

            if (session.AwaitingPin)
            {
                return ConfirmWithPin(session, line.Trim(), nowUtcMs);
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
                case "void": return AskPin(session, "void", argument, nowUtcMs);
                case "clear": return AskPin(session, "clear", argument, nowUtcMs);
                case "audit": return AuditReport(argument);
                case "collections": return CollectionList();
                case "collect": return AskPinFor(session, "collect", nowUtcMs);
                case "test": return argument == "on" || argument == "off" ? AskPinFor(session, "test " + argument, nowUtcMs) : "usage: test on|off\n";
                case "stats": return NoTlsYet() ?? _queries.Stats(rest);
                case "validate": return argument == null ? "usage: validate <plate>\n" : NoTlsYet() ?? _queries.Validate(argument.ToUpper());
                case "config": return ConfigPrinter.Print(_config);
                case "time": return Time(nowUtcMs);
                case "log": return _log.Text();
                default: return "unknown command; 'help' lists the commands\n";
            }
        }

        private string AskPin(ConsoleSession session, string action, string permitNo, long nowUtcMs)
        {
            if (permitNo == null)
            {
                return "usage: " + action + " <permit>\n";
            }

            string locked = Locked(nowUtcMs);
            if (locked != null)
            {
                return locked;
            }

            PermitRecord permit = _journal.Find(permitNo);
            if (permit == null)
            {
                return "error: no permit " + permitNo + "\n";
            }

            if (action == "clear" && permit.State != PermitState.Rejected)
            {
                return "error: " + permit.PermitNo + " is " + PermitStates.Name(permit.State) + "; only a rejected permit can be cleared\n";
            }

            session.PendingPermit = permit.PermitNo;
            session.PendingAction = action;
            return action + " " + permit.PermitNo + " (" + permit.Plate + ", " + Cents.Format(permit.AmountCents) + "): technician PIN?\n";
        }

        /// <summary>The answer to an empty line at the PIN prompt: the command is dropped, no PIN attempt counted.</summary>
        public const string CancelledPin = "PIN entry cancelled, nothing done\n";

        private string ConfirmWithPin(ConsoleSession session, string pin, long nowUtcMs)
        {
            string permitNo = session.PendingPermit;
            string action = session.PendingAction;
            session.Forget();
            if (pin.Length == 0)
            {
                // An empty line (or a tool leaving without a PIN) cancels: it is no attempt, so it locks nothing.
                return CancelledPin;
            }

            string locked = Locked(nowUtcMs);
            if (locked != null)
            {
                return locked;
            }

            if (!_pins.Check(pin, _clock.MonotonicMs))
            {
                long lockMs = _pins.LockedForMs(_clock.MonotonicMs);
                _log.Add(nowUtcMs, "console: wrong PIN for " + action + (permitNo.Length > 0 ? " of " + permitNo : "") + " (" + _pins.Failures.ToString() + " in a row"
                    + (lockMs > 0 ? "; PIN entry locked for " + Duration(lockMs) : "") + ")");
                return "error: wrong PIN, nothing done" + (lockMs > 0 ? "; PIN entry locked for " + Duration(lockMs) : "") + "\n";
            }

            if (permitNo.Length == 0)
            {
                return MeterAction(action, nowUtcMs);
            }

            // The permit may have been pruned while the PIN was typed.
            PermitRecord permit = _journal.Find(permitNo);
            if (permit == null)
            {
                return "error: no permit " + permitNo + " any more\n";
            }

            if (action == "void")
            {
                return VoidWithExtensions(permit, nowUtcMs);
            }

            try
            {
                PermitRecord changed = _journal.ClearRejected(permit.Seq);
                _log.Add(nowUtcMs, "console: " + action + " of " + permitNo + ", now " + PermitStates.Name(changed.State));
                return permitNo + " is now " + PermitStates.Name(changed.State) + "\n";
            }
            catch (JournalException error)
            {
                return "error: " + error.Message + "\n";
            }
        }

        // A void covers every permit carrying the motorist's time: the permit and the added time split off it (OPSCOM's
        // 9022 left no reference id for an update), and off those. Each is said: what was done, what needs a hand.
        private string VoidWithExtensions(PermitRecord permit, long nowUtcMs)
        {
            PermitRecord[] samePlate = _journal.FindByPlate(permit.Plate);
            System.Collections.ArrayList covered = new System.Collections.ArrayList();
            covered.Add(permit);
            for (int i = 0; i < covered.Count; i++)
            {
                int seq = ((PermitRecord)covered[i]).Seq;
                for (int j = 0; j < samePlate.Length; j++)
                {
                    if (samePlate[j].LinkedSeq == seq && samePlate[j].Seq != seq)
                    {
                        covered.Add(samePlate[j]);
                    }
                }
            }

            string text = "";
            for (int i = 0; i < covered.Count; i++)
            {
                PermitRecord one = (PermitRecord)covered[i];
                string what = i == 0 ? "" : " (time added to " + permit.PermitNo + ")";
                try
                {
                    PermitRecord changed = _journal.RequestVoid(one.Seq);
                    _log.Add(nowUtcMs, "console: void of " + one.PermitNo + what + ", now " + PermitStates.Name(changed.State));
                    text += one.PermitNo + what + " is now " + PermitStates.Name(changed.State) + "\n";
                    if (changed.State == PermitState.VoidRequested && changed.Delivered && changed.ReferenceId.Length == 0)
                    {
                        text += "  OPSCOM gave " + one.PermitNo + " no reference id (it answered 9022): the meter cannot void it; void it in OPSCOM by hand\n";
                    }
                }
                catch (JournalException error)
                {
                    text += "error: " + one.PermitNo + what + ": " + error.Message + "\n";
                }
            }

            return text;
        }

        // HTTPS checks certificate dates against the clock: before SNTP sets it, asking OPSCOM can only fail.
        private string NoTlsYet()
        {
            return _queries.UsesTls && !_meter.ClockTrusted ? "error: the clock is not set yet (SNTP): HTTPS cannot check OPSCOM's certificate; try again shortly\n" : null;
        }

        private string Locked(long nowUtcMs)
        {
            long lockMs = _pins.LockedForMs(_clock.MonotonicMs);
            return lockMs > 0 ? "error: too many wrong PINs; PIN entry locked for " + Duration(lockMs) + "\n" : null;
        }

        // Queues rejected permits again (one, or all), and resumes syncing now whatever paused it: after fixing a revoked
        // token the operator should not wait out the back-off. A permit rejected for want of a reference id (9008) is not
        // retried: the same request would fail again; it is voided in OPSCOM by hand, then cleared.
        private string Retry(string permitNo, long nowUtcMs)
        {
            _sync.RequestResume();
            const string Resumed = "; sync resumes now\n";
            if (permitNo != null)
            {
                PermitRecord permit = _journal.Find(permitNo);
                if (permit == null || permit.State != PermitState.Rejected)
                {
                    return "error: " + permitNo + " is not a rejected permit" + Resumed;
                }

                if (permit.ErrorCode == OpsCom.ErrorPolicy.ReferenceIdRequired)
                {
                    return "error: " + permitNo + " cannot be sent again (OPSCOM gave no reference id): void it in OPSCOM by hand, then clear it" + Resumed;
                }

                try
                {
                    return RetryOne(permit.Seq, permit.PermitNo, nowUtcMs) + " permit(s) queued again" + Resumed;
                }
                catch (JournalException error)
                {
                    return "error: " + error.Message + Resumed;
                }
            }

            // Every rejected permit, walked one at a time rather than copied all at once.
            int retried = 0;
            int byHand = 0;
            try
            {
                for (int seq = _journal.NextInQueue(0, true); seq != 0; seq = _journal.NextInQueue(seq, true))
                {
                    PermitRecord permit = _journal.Find(seq);
                    if (permit != null && permit.State == PermitState.Rejected)
                    {
                        if (permit.ErrorCode == OpsCom.ErrorPolicy.ReferenceIdRequired)
                        {
                            byHand++;
                            continue;
                        }

                        retried += RetryOne(seq, permit.PermitNo, nowUtcMs);
                    }
                }
            }
            catch (JournalException error)
            {
                return retried.ToString() + " permit(s) queued again; error: " + error.Message + Resumed;
            }

            return retried.ToString() + " permit(s) queued again"
                + (byHand > 0 ? "; " + byHand.ToString() + " to void in OPSCOM by hand, then clear (see queue)" : "") + Resumed;
        }

        private int RetryOne(int seq, string permitNo, long nowUtcMs)
        {
            _journal.RetryRejected(seq);
            _log.Add(nowUtcMs, "console: retry " + permitNo);
            return 1;
        }

        private string Time(long nowUtcMs)
        {
            long local = _config.Tariff.Zone.ToLocal(nowUtcMs);
            return "utc    " + TimeText.FormatDateTime(nowUtcMs) + "Z\nlocal  " + TimeText.FormatDateTime(local) + "\nclock  "
                + (_meter.ClockTrusted ? "set (SNTP or RTC)" : "NOT SET: sales stopped until SNTP or the RTC sets it") + "\n";
        }
    }
}
