using Meter.Core.Config;
using Meter.Core.Display;
using Meter.Core.Journal;
using Meter.Core.Tariffs;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// The sale, as a state machine fed events with the time: idle, plate entry, payment (or adding time
    /// to a running permit), waiting for the journal, paid. It returns what to show (<see cref="Screen"/>),
    /// whether coins may go in (<see cref="CoinsEnabled"/>) and what to store (<see cref="PendingCommit"/>);
    /// it never touches hardware, files or the clock itself. Without an escrow, coins are refused until a
    /// plate is entered, and credit always buys time: cancelling or walking away confirms what it buys.
    /// </summary>
    public sealed partial class SaleFlow
    {
        /// <summary>How long the PAID screen stays, ms.</summary>
        public const int PaidShowMs = 10000;
        /// <summary>How long the FREE screen stays, ms.</summary>
        public const int FreeShowMs = 5000;

        private readonly ISaleContext _context;
        private readonly TariffCalculator _calculator;
        private readonly Tariff _tariff;
        private readonly LocalTimeZone _zone;
        private readonly CoinTable _coins;
        private readonly string _idleTitle;
        private readonly bool _checkPlates;
        private readonly int _idleTimeoutMs;
        private readonly string _configProblem;
        private readonly PlateEditor _plate;
        private readonly MotoristTexts[] _languages;
        // Per language: its footer naming the other language's key ("B: FRANÇAIS"), and the plate screen's key row with it.
        private readonly string[] _switchHints;
        private readonly string[] _nextAndSwitch;
        private int _language;
        private MotoristTexts _texts;
        private readonly Screen _plateScreen = new Screen(ScreenKind.Plate, "", "", "", "", "", "");
        private ScreenKind _state = ScreenKind.Idle;
        private long _lastInputMs;
        private bool _jammed;
        private long _credit;
        private PermitRecord _extends;
        private long _startUtcMs;
        private long _endUtcMs;
        private long _maximumEndUtcMs;
        private long _excess;
        private long _priceToMaximum;
        private long _nowUtcMs;
        private string _paidPermitNo = "";
        private string _shownReason;
        private long _shownMinute = -1;

        /// <summary>A flow under <paramref name="config"/>'s tariff and keypad, asking <paramref name="context"/> what it cannot know itself.</summary>
        public SaleFlow(MeterConfig config, ISaleContext context)
        {
            _context = context;
            _tariff = config.Tariff;
            _calculator = new TariffCalculator(config.Tariff);
            _zone = config.Tariff.Zone;
            _coins = config.Coins;
            _idleTitle = IdleTitle(config.Meter);
            _checkPlates = config.OpsCom.CoveringPermits.Length > 0;
            _languages = Languages(config.Meter.Languages, out _switchHints, out _nextAndSwitch);
            _texts = _languages[0];
            _idleTimeoutMs = config.Keypad.IdleTimeoutMs;
            _plate = new PlateEditor(config.Keypad.MultiTapMs);
            Screen = IdleScreen();
        }

        private SaleFlow(string configProblem)
        {
            _languages = new MotoristTexts[] { MotoristTexts.For("en") };
            _texts = _languages[0];
            _configProblem = configProblem;
            _state = ScreenKind.OutOfService;
            Screen = OutOfServiceScreen(_texts.InvalidConfig + configProblem);
        }

        /// <summary>A meter whose nf.config did not read: out of service, coins refused, the first error shown.</summary>
        public static SaleFlow InvalidConfiguration(string problem)
        {
            return new SaleFlow(problem);
        }

        /// <summary>What to show now.</summary>
        public Screen Screen { get; private set; }

        /// <summary>Whether the coin acceptor may take coins (its inhibit line is released).</summary>
        public bool CoinsEnabled
        {
            get { return _configProblem == null && !_jammed && Paying && _endUtcMs < _maximumEndUtcMs; }
        }

        /// <summary>Cents the next coin may be worth without passing the maximum stay.</summary>
        public long CreditRoomCents
        {
            get { return _priceToMaximum - _credit; }
        }

        /// <summary>A sale or added time to write to the journal now, or null.</summary>
        public PendingCredit PendingCommit { get; private set; }

        /// <summary>
        /// The sale the credit would buy if paying ended now (what <see cref="PendingCommit"/> would be), or null
        /// with no credit: the host keeps it in flash with each coin, so a power cut cannot take the money.
        /// </summary>
        public PendingCredit WouldCommit
        {
            get
            {
                if (_credit <= 0 || !Paying)
                {
                    return null;
                }

                return new PendingCredit(_extends == null ? 0 : _extends.Seq, _plate.Plate, _nowUtcMs, _startUtcMs, _endUtcMs, _credit - _excess, _excess, SaleIsTest);
            }
        }

        /// <summary>Whether a sale is being paid (a plate entered, coins taken).</summary>
        public bool Paying
        {
            // The "already covered" screen is a payment's: a coin there pays anyway, and the sale keeps its journal room.
            get { return _state == ScreenKind.Payment || _state == ScreenKind.AddTime || _state == ScreenKind.Covered; }
        }

        /// <summary>
        /// Maintenance mode: sales started while it is on are test sales (TEST on the screen, never recorded as
        /// permits, counted apart); set by the host on the UI thread.
        /// </summary>
        public bool TestMode
        {
            get
            {
                return _testMode;
            }

            set
            {
                _testMode = value;
                if (_state == ScreenKind.Idle)
                {
                    Screen = IdleScreen();
                }
            }
        }

        private bool _testMode;

        /// <summary>The sale being paid is a test sale (maintenance mode was on when it started).</summary>
        public bool SaleIsTest { get; private set; }

        /// <summary>A key, at <paramref name="nowUtcMs"/> (wall) and <paramref name="nowMs"/> (monotonic).</summary>
        public void OnKey(char key, long nowUtcMs, long nowMs)
        {
            _nowUtcMs = nowUtcMs;
            _lastInputMs = nowMs;
            switch (_state)
            {
                case ScreenKind.Idle:
                    StartPlate();
                    if (key == 'B' && _state == ScreenKind.Plate && _languages.Length > 1)
                    {
                        NextLanguage();
                        Screen = PlateScreen();
                    }

                    break;
                case ScreenKind.Plate:
                    PlateKey(key, nowUtcMs, nowMs);
                    break;
                case ScreenKind.Confirm:
                    ConfirmKey(key, nowUtcMs);
                    break;
                case ScreenKind.Covered:
                    CoveredKey(key);
                    break;
                case ScreenKind.Payment:
                case ScreenKind.AddTime:
                    PaymentKey(key);
                    break;
                case ScreenKind.Paid:
                case ScreenKind.Free:
                    ToIdle();
                    break;
            }
        }

        /// <summary>A coin of <paramref name="cents"/>, at <paramref name="nowUtcMs"/> (wall) and <paramref name="nowMs"/> (monotonic).</summary>
        public void OnCoin(long cents, long nowUtcMs, long nowMs)
        {
            _nowUtcMs = nowUtcMs;
            _lastInputMs = nowMs;
            if (_state == ScreenKind.Covered)
            {
                _state = ScreenKind.Payment;
            }

            if (_state != ScreenKind.Payment && _state != ScreenKind.AddTime)
            {
                // The acceptor was inhibited; a coin that still got in buys nothing (the audit counts it as overpaid).
                return;
            }

            _credit += cents;
            Requote();
            if (_excess > 0)
            {
                Commit();
                return;
            }

            Screen = PaymentScreen();
        }

        /// <summary>Coin pulses that never stop (a jammed acceptor): out of service until they do.</summary>
        public void OnJam(bool jammed, long nowUtcMs, long nowMs)
        {
            _jammed = jammed;
            _nowUtcMs = nowUtcMs;
            if (jammed && (_state == ScreenKind.Payment || _state == ScreenKind.AddTime) && _credit > 0)
            {
                Commit();
                return;
            }

            OnTick(nowUtcMs, nowMs);
        }

        /// <summary>Time passes (call about once a second): clocks, multi-tap, timeouts, out-of-service checks.</summary>
        public void OnTick(long nowUtcMs, long nowMs)
        {
            _nowUtcMs = nowUtcMs;
            long idle = nowMs - _lastInputMs;
            switch (_state)
            {
                case ScreenKind.Idle:
                case ScreenKind.OutOfService:
                    // Rebuilt only when the minute or the reason changes: ticks come four times a second.
                    string reason = OutOfServiceReason();
                    ScreenKind state = reason != null ? ScreenKind.OutOfService : ScreenKind.Idle;
                    long minute = _zone == null ? 0 : _zone.ToLocal(nowUtcMs) / Calendar.MsPerMinute;
                    if (state != _state || reason != _shownReason || minute != _shownMinute)
                    {
                        _state = state;
                        _shownReason = reason;
                        _shownMinute = minute;
                        Screen = reason != null ? OutOfServiceScreen(reason) : IdleScreen();
                    }

                    break;
                case ScreenKind.Plate:
                    if (idle >= _idleTimeoutMs)
                    {
                        ToIdle();
                    }
                    else if (_plate.Tick(nowMs))
                    {
                        Screen = PlateScreen();
                    }

                    break;
                case ScreenKind.Confirm:
                case ScreenKind.Covered:
                    if (idle >= _idleTimeoutMs)
                    {
                        ToIdle();
                    }

                    break;
                case ScreenKind.Payment:
                case ScreenKind.AddTime:
                    if (idle >= _idleTimeoutMs)
                    {
                        Cancel();
                    }

                    break;
                case ScreenKind.Paid:
                    if (idle >= PaidShowMs)
                    {
                        ToIdle();
                    }

                    break;
                case ScreenKind.Free:
                    if (idle >= FreeShowMs)
                    {
                        ToIdle();
                    }

                    break;
            }
        }
    }
}
