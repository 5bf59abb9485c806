using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Input;
using Meter.Core.Journal;
using Meter.Core.Time;
using Meter.Core.Money;
using Meter.Core.Diagnostics;

namespace Meter.Core.Sale
{
    /// <summary>
    /// One step of the UI thread (<see cref="UiThread"/> runs it every period), the same on the device and the
    /// simulator: take inputs, run the sale flow, write what it asks to the journal, draw, and send the display
    /// only what changed. It never waits on the network: the sync worker runs on its own thread and shares
    /// only the journal.
    /// </summary>
    public sealed partial class UiStep : ISaleContext, IMeterStatus, IAuditedMeter
    {
        private const int TickMs = 250;

        /// <summary>
        /// The longest the UI thread can wait on the journal, ms: one of the worker's flash operations (a fold steps one
        /// operation at a time), worst case a 4 KiB write with its block erase and a littlefs metadata compaction.
        /// </summary>
        public const int LongestJournalWaitMs = 1000;

        // Inputs that arrive while the UI waits: the line cannot change level faster than the acceptor's pulse and space,
        // so the levels of the longest wait and of a whole longest train (a capture comes in one go), a capture's end
        // per coin, and keys.
        private static int InputCapacity(CoinTable coins)
        {
            int period = coins.PulseMs + coins.SpaceMs;
            int levels = 2 * (LongestJournalWaitMs + coins.MaximumPulses * period) / period;
            int capacity = 32 + levels + LongestJournalWaitMs / period + 1;
            return capacity < 64 ? 64 : capacity;
        }

        private readonly MeterConfig _config;
        private readonly PermitJournal _journal;
        private readonly IClock _clock;
        private readonly IDisplay _display;
        private readonly MeterLog _log;
        private readonly Frame _frame = new Frame();
        private readonly KeypadDebouncer _keypad;
        private readonly CoinPulseDecoder _coins;
        private readonly AuditLedger _ledger;
        private Screen _drawn;
        private int _drawnVersion;
        private readonly Screen _shown = new Screen(ScreenKind.None, "", "", "", "", "", "");
        private int _droppedLogged;
        private long _lastTickMs;
        private bool _ticked;
        private bool _resend;
        private bool _drewBeforeCommit;
        private string _hardwareFault;

        /// <summary>The UI step over the journal, clock and display, logging to <paramref name="log"/>.</summary>
        public UiStep(MeterConfig config, PermitJournal journal, IClock clock, IDisplay display, MeterLog log)
        {
            _config = config;
            _journal = journal;
            _clock = clock;
            _display = display;
            _log = log;
            Inputs = new InputQueue(InputCapacity(config.Coins));
            _keypad = new KeypadDebouncer(config.Keypad.DebounceMs);
            _coins = new CoinPulseDecoder(config.Coins);
            Flow = new SaleFlow(config, this);
            _ledger = new AuditLedger(journal, config, log);
            _ledger.RecoverAtBoot(clock.UtcMs);
        }

        // A meter whose nf.config did not read has no settings to trust: the keypad is debounced with the
        // reader's default (30 ms) and no coin is known; the inhibit line is never released anyway.
        private UiStep(string configProblem, IClock clock, IDisplay display, MeterLog log)
        {
            _clock = clock;
            _display = display;
            _log = log;
            Inputs = new InputQueue(64);
            _keypad = new KeypadDebouncer(30);
            _coins = new CoinPulseDecoder(CoinTable.Empty());
            Flow = SaleFlow.InvalidConfiguration(configProblem);
        }

        /// <summary>
        /// The UI step of a meter whose nf.config has errors: out of service for good, coins refused, the
        /// first error on screen. It writes nothing to the journal, so whatever is queued there stays.
        /// </summary>
        public static UiStep InvalidConfiguration(string firstError, IClock clock, IDisplay display, MeterLog log)
        {
            return new UiStep(firstError, clock, display, log);
        }

        /// <summary>Where interrupt handlers and other threads put inputs.</summary>
        public InputQueue Inputs { get; private set; }

        /// <summary>The sale's state machine.</summary>
        public SaleFlow Flow { get; private set; }

        /// <summary>The frame as last drawn.</summary>
        public Frame Frame
        {
            get { return _frame; }
        }

        /// <summary>Bytes the last <see cref="Step"/> sent to the display.</summary>
        public int LastBytesSent { get; private set; }

        /// <summary>True once the clock has been set.</summary>
        public bool ClockTrusted
        {
            get { return _clock.IsUtcTrusted; }
        }

        /// <summary>Pulse trains that were no known coin, this audit period (the audit counts; the flow only reports).</summary>
        public int UnknownCoins
        {
            get { return _ledger == null ? 0 : _ledger.Current(out _).UnknownTrains; }
        }

        /// <summary>Cents paid beyond what a permit could hold, this audit period.</summary>
        public long OverpaidCents
        {
            get { return _ledger == null ? 0 : _ledger.Current(out _).OverpaidCents; }
        }

        /// <summary>Cents taken for sales that could not be recorded, since boot.</summary>
        public long NotRecordedCents
        {
            get { return _ledger == null ? 0 : _ledger.NotRecordedCents; }
        }

        /// <summary>Inputs dropped because the UI loop fell behind.</summary>
        public int DroppedInputs
        {
            get { return Inputs.Dropped; }
        }

        /// <summary>The title of what the screen shows.</summary>
        public string ScreenTitle
        {
            get { return Flow.Screen.Title; }
        }

        /// <summary>
        /// Hardware that makes selling wrong (a display that does not answer: the motorist could not see
        /// what they pay for), in a few words for the screen and the console; null when all is well. Set by
        /// the device's peripherals on the UI thread.
        /// </summary>
        public string HardwareFault
        {
            get { return _hardwareFault; }
            set { _hardwareFault = value; }
        }

        /// <summary>The panel lost what it showed (re-initialised after a fault or power dip): send the whole frame at the next step.</summary>
        public void ResendDisplay()
        {
            _resend = true;
        }

        /// <summary>The permit of <paramref name="plate"/> still running at <paramref name="nowUtcMs"/>, or null.</summary>
        public PermitRecord ActiveFor(string plate, long nowUtcMs)
        {
            return _journal.ActiveFor(plate, nowUtcMs);
        }

        /// <summary>One step: returns true when the screen changed.</summary>
        public bool Step()
        {
            long nowMs = _clock.MonotonicMs;
            long nowUtc = _clock.UtcMs;
            ApplyTestMode(nowUtc, nowMs);
            LogDroppedInputs(nowUtc);
            Drain(nowUtc, nowMs);
            PollDecoders(nowMs);
            Drain(nowUtc, nowMs);
            CheckCoverage(nowUtc, nowMs);
            if (!_ticked || nowMs - _lastTickMs >= TickMs)
            {
                _ticked = true;
                _lastTickMs = nowMs;
                Flow.OnTick(nowUtc, nowMs);
                CommitIfAsked(nowUtc);
            }

            if (_journal != null && !Flow.Paying && Flow.PendingCommit == null && _journal.SaleReserved)
            {
                // Walked away without paying, or the sale failed: the room goes back.
                _journal.ReleaseReservation();
            }

            bool drewBeforeCommit = _drewBeforeCommit;
            _drewBeforeCommit = false;
            return Draw() || drewBeforeCommit;
        }

        private void LogDroppedInputs(long nowUtc)
        {
            int dropped = Inputs.Dropped;
            if (dropped != _droppedLogged)
            {
                _log.Add(nowUtc, "input: " + (dropped - _droppedLogged).ToString() + " keypad/coin inputs dropped, the UI loop fell behind");
                _droppedLogged = dropped;
            }
        }

        private void Drain(long nowUtc, long nowMs)
        {
            InputKind kind;
            long value;
            long atMs;
            while (Inputs.TryDequeue(out kind, out value, out atMs))
            {
                if (kind == InputKind.KeyContact)
                {
                    _keypad.Raw((int)(value & 15), value >= 16, atMs);
                }
                else if (kind == InputKind.CoinLevel)
                {
                    _coins.Level(value > 0, value > 0 ? value : -value);
                    PollCoins(nowMs);
                }
                else if (kind == InputKind.CoinCaptureEnd)
                {
                    _coins.CaptureEnded(value != 0, nowMs);
                    PollCoins(nowMs);
                }
                else if (kind == InputKind.Key)
                {
                    Flow.OnKey((char)value, nowUtc, nowMs);
                }
                else if (kind == InputKind.Coin)
                {
                    Coin(value, nowUtc, nowMs);
                }
                else if (kind == InputKind.UnknownCoin)
                {
                    _log.Add(nowUtc, "coin: unknown pulse count " + value.ToString());
                    CountTrouble(false, nowUtc);
                }
                else if (kind == InputKind.Jam)
                {
                    Flow.OnJam(value != 0, nowUtc, nowMs);
                    _log.Add(nowUtc, value != 0 ? "coin: acceptor jammed" : "coin: jam cleared");
                    if (value != 0)
                    {
                        CountTrouble(true, nowUtc);
                    }
                }

                CommitIfAsked(nowUtc);
            }
        }

        // Raw keypad contacts and coin pulses become keys and coins once they have settled.
        private void PollDecoders(long nowMs)
        {
            char key;
            while ((key = _keypad.Poll(nowMs)) != '\0')
            {
                Inputs.Enqueue(InputKind.Key, key);
            }

            PollCoins(nowMs);
        }

        // The decoder's events go into the queue as soon as a level or a capture's end makes one (at most one each).
        private void PollCoins(long nowMs)
        {
            long value;
            CoinEvent coin;
            while ((coin = _coins.Poll(nowMs, out value)) != CoinEvent.None)
            {
                if (coin == CoinEvent.Coin)
                {
                    Inputs.Enqueue(InputKind.Coin, value);
                }
                else if (coin == CoinEvent.Unknown || coin == CoinEvent.TooLong)
                {
                    Inputs.Enqueue(InputKind.UnknownCoin, value);
                }
                else
                {
                    Inputs.Enqueue(InputKind.Jam, coin == CoinEvent.Jammed ? 1 : 0);
                }
            }
        }
    }
}
