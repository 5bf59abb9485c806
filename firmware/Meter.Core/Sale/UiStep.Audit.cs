using Meter.Core.Journal;
using Meter.Core.Money;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>The UI loop's part in the cash audit: coins, test sales, and maintenance mode.</summary>
    public sealed partial class UiStep
    {
        /// <summary>How long maintenance mode stays on without a test sale, ms.</summary>
        public const int TestModeMs = 15 * 60 * 1000;

        // 0: nothing asked, 1: on, 2: off; set by the console's thread, taken by the UI's (Interlocked: no volatile on nanoFramework).
        private int _testRequest;
        private long _testUntilMs;

        /// <summary>The cash audit (the console's audit and collect use it); null on a meter whose configuration did not read.</summary>
        public AuditLedger Audit
        {
            get { return _ledger; }
        }

        /// <summary>Whether maintenance mode is on (the UI loop applies a request at its next step).</summary>
        public bool TestMode
        {
            get { return Flow.TestMode; }
        }

        /// <summary>
        /// Maintenance mode on or off, from the console (any thread): applied by the UI loop at its next step. It
        /// goes off by itself after <see cref="TestModeMs"/> without a test sale, and a power cut ends it.
        /// </summary>
        public void RequestTestMode(bool on)
        {
            System.Threading.Interlocked.Exchange(ref _testRequest, on ? 1 : 2);
        }

        // On the UI thread, each step.
        private void ApplyTestMode(long nowUtc, long nowMs)
        {
            int request = System.Threading.Interlocked.Exchange(ref _testRequest, 0);
            if (request != 0)
            {
                Flow.TestMode = request == 1;
                _testUntilMs = nowMs + TestModeMs;
                _log.Add(nowUtc, request == 1 ? "maintenance mode on: test sales only (TEST on the screen, never sent, counted apart)" : "maintenance mode off");
            }
            else if (Flow.TestMode && nowMs >= _testUntilMs && !Flow.Paying)
            {
                Flow.TestMode = false;
                _log.Add(nowUtc, "maintenance mode off: " + (TestModeMs / 60000).ToString() + " minutes without a test sale");
            }
        }

        private void Coin(long cents, long nowUtc, long nowMs)
        {
            bool paying = Flow.Paying;
            Flow.OnCoin(cents, nowUtc, nowMs);
            if (_ledger != null)
            {
                // A coin a sale takes buys what the credit now buys (the commit it may have set off, or the one it would);
                // one that raced the inhibit is counted as overpaid.
                PendingCredit sale = paying ? (Flow.PendingCommit != null ? Flow.PendingCommit : Flow.WouldCommit) : null;
                _ledger.Coin(cents, sale, paying && Flow.SaleIsTest, nowUtc);
            }
        }

        private void CountTrouble(bool jam, long nowUtc)
        {
            if (_ledger != null)
            {
                _ledger.Trouble(jam, nowUtc);
            }
        }

        // A test sale: shown as paid, counted apart, never in the journal.
        private void CommitTest(PendingCredit commit, long nowUtc)
        {
            _ledger.Recorded(commit, true);
            _testUntilMs = _clock.MonotonicMs + TestModeMs;
            _log.Add(nowUtc, "test sale " + commit.Plate + " $" + Cents.Format(commit.ChargedCents) + " until " + TimeText.FormatDateTime(commit.EndUtcMs) + "Z (not sent, not revenue)");
            PermitRecord shown = new PermitRecord();
            shown.PermitNo = "TEST";
            shown.Plate = commit.Plate;
            shown.EndUtcMs = commit.EndUtcMs;
            Flow.OnCommitted(shown);
        }
    }
}
