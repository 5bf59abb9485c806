using Meter.Core.Journal;
using Meter.Core.Display;
using Meter.Core.Tariffs;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>The sale flow's transitions and screens.</summary>
    public sealed partial class SaleFlow
    {
        /// <summary>The journal has the sale: now, and only now, the screen says paid.</summary>
        public void OnCommitted(PermitRecord permit)
        {
            PendingCommit = null;
            _paidPermitNo = permit.PermitNo;
            _endUtcMs = permit.EndUtcMs;
            _state = ScreenKind.Paid;
            Screen = PaidScreen();
        }

        /// <summary>The journal could not record the sale: the meter stops selling and says so (the audit counts the money).</summary>
        public void OnCommitFailed(string reason)
        {
            PendingCommit = null;
            _state = ScreenKind.NotRecorded;
            Screen = new Screen(ScreenKind.NotRecorded, _texts.NotRecorded, _texts.Money(_credit) + _texts.Taken, _texts.Error, _texts.PleaseCall, _texts.NumberOnTheMeter, Upper(reason));
        }

        // The idle screen says "press any key": that key only wakes the meter. Typing it too would put a
        // letter the motorist never meant at the front of the plate.
        private void StartPlate()
        {
            if (OutOfServiceReason() != null)
            {
                return;
            }

            _plate.Clear();
            _state = ScreenKind.Plate;
            KeepPlateWords();
            Screen = PlateScreen();
        }

        private void PlateKey(char key, long nowUtcMs, long nowMs)
        {
            if (key >= '0' && key <= '9')
            {
                _plate.Digit(key - '0', nowMs);
            }
            else if (key == 'A')
            {
                _plate.Accept();
            }
            else if (key == '*')
            {
                if (!_plate.Backspace())
                {
                    ToIdle();
                    return;
                }
            }
            else if (key == 'C')
            {
                ToIdle();
                return;
            }
            else if (key == 'B')
            {
                NextLanguage();
            }
            else if (key == '#')
            {
                _plate.Accept();
                if (_plate.Plate.Length > 0)
                {
                    StartConfirm(nowUtcMs);
                    return;
                }
            }

            Screen = PlateScreen();
        }

        // The plate in the large font before any coin: a misread plate is the motorist's costliest mistake.
        private void StartConfirm(long nowUtcMs)
        {
            _state = ScreenKind.Confirm;
            PermitRecord running = TestMode ? null : _context.ActiveFor(_plate.Plate, nowUtcMs);
            // A plate already paid here says until when, and asks to add time (the payment screen then shows both ends).
            Screen = running == null
                ? new Screen(ScreenKind.Confirm, _texts.ConfirmTitle, "", _plate.Plate, "", "", _texts.ConfirmKeys)
                : new Screen(ScreenKind.Confirm, _texts.AddTimeQuestion, "", _plate.Plate, _texts.AlreadyPaidUntil, Clock(running.EndUtcMs), _texts.ConfirmKeys);
        }

        private void ConfirmKey(char key, long nowUtcMs)
        {
            if (key == '#')
            {
                StartPayment(nowUtcMs);
            }
            else if (key == 'C' || key == '*')
            {
                _state = ScreenKind.Plate;
                Screen = PlateScreen();
            }
        }

        // B: the other language, for this sale only (ToIdle returns to the first).
        private void NextLanguage()
        {
            _language = (_language + 1) % _languages.Length;
            _texts = _languages[_language];
            KeepPlateWords();
        }

        private void StartPayment(long nowUtcMs)
        {
            string reason = OutOfServiceReason();
            if (reason != null)
            {
                _state = ScreenKind.OutOfService;
                Screen = OutOfServiceScreen(reason);
                return;
            }

            // A test sale never touches a real permit, even one of the same plate.
            SaleIsTest = TestMode;
            _extends = SaleIsTest ? null : _context.ActiveFor(_plate.Plate, nowUtcMs);
            _credit = 0;
            Requote();
            if (_maximumEndUtcMs <= _startUtcMs || _calculator.QuoteForCredit(_extends == null ? nowUtcMs : _extends.EndUtcMs, 0).Status == QuoteStatus.NotEnforced)
            {
                _state = ScreenKind.Free;
                Screen = new Screen(ScreenKind.Free, _texts.NoPaymentNeeded, PlateRow(), _texts.Free, _extends == null ? _texts.ParkingIsFree : _texts.AlreadyPaidUntil,
                    _extends == null ? "" : Clock(_extends.EndUtcMs), _texts.PressAnyKey);
                return;
            }

            // Room for the permit is kept from the first coin on; added time needs none (the permit exists).
            if (_extends == null && !SaleIsTest && !_context.ReserveSale(out reason))
            {
                _state = ScreenKind.OutOfService;
                Screen = OutOfServiceScreen(Upper(reason));
                return;
            }

            _priceToMaximum = _extends == null
                ? _calculator.QuoteForEnd(nowUtcMs, _maximumEndUtcMs).ChargedCents
                : _calculator.PriceOfStay(_extends.StartUtcMs, _maximumEndUtcMs) - _extends.AmountCents;
            _state = _extends == null ? ScreenKind.Payment : ScreenKind.AddTime;
            Screen = PaymentScreen();
            AskIfCovered();
        }

        private void PaymentKey(char key)
        {
            if (key == '#' && _credit > 0 && _credit >= _tariff.MinimumPurchaseCents)
            {
                Commit();
            }
            else if (key == 'C' || key == '*')
            {
                Cancel();
            }
        }

        // Credit never stays without time: cancelling with money in confirms what it buys.
        private void Cancel()
        {
            if (_credit > 0)
            {
                Commit();
            }
            else
            {
                ToIdle();
            }
        }

        private void Commit()
        {
            long charged = _credit - _excess;
            PendingCommit = new PendingCredit(_extends == null ? 0 : _extends.Seq, _plate.Plate, _nowUtcMs, _startUtcMs, _endUtcMs, charged, _excess, SaleIsTest);
            _state = ScreenKind.Wait;
            Screen = new Screen(ScreenKind.Wait, _texts.Wait, PlateRow(), _texts.Money(charged), _texts.Recording, "", "");
        }

        // Quotes the credit: a new permit from now, or added time priced as the whole stay from the running permit's
        // start less what it was paid (adding time must never be cheaper than buying the stay at once).
        private void Requote()
        {
            if (_extends == null)
            {
                Quote quote = _calculator.QuoteForCredit(_nowUtcMs, _credit);
                _startUtcMs = quote.StartUtcMs;
                _endUtcMs = quote.EndUtcMs;
                _maximumEndUtcMs = quote.MaximumEndUtcMs;
                _excess = quote.ExcessCents;
                return;
            }

            Quote added = _calculator.QuoteForAddedCredit(_extends.StartUtcMs, _extends.AmountCents, _credit);
            _startUtcMs = _extends.EndUtcMs;
            _maximumEndUtcMs = added.MaximumEndUtcMs;
            _excess = added.ExcessCents;
            _endUtcMs = added.EndUtcMs;
            if (_credit > 0 && _endUtcMs <= _extends.EndUtcMs)
            {
                // The permit's own end already gave a partly paid minute whole: the first cents added pay for it, and
                // still buy the next minute (rounding favours the motorist; money never buys nothing).
                long minuteLater = _extends.EndUtcMs + Calendar.MsPerMinute;
                _endUtcMs = minuteLater < _maximumEndUtcMs ? minuteLater : _maximumEndUtcMs;
            }
        }

        private string OutOfServiceReason()
        {
            string reason;
            if (_configProblem != null)
            {
                return _texts.InvalidConfig + _configProblem;
            }

            if (_jammed)
            {
                return _texts.CoinJam;
            }

            if (!_context.ClockTrusted)
            {
                return _texts.ClockNotSet;
            }

            return _context.CanSell(out reason) ? null : Upper(reason);
        }

        private void ToIdle()
        {
            _language = 0;
            _texts = _languages[0];
            _plate.Clear();
            _credit = 0;
            _extends = null;
            _state = ScreenKind.Idle;
            Screen = IdleScreen();
            string reason = OutOfServiceReason();
            if (reason != null)
            {
                _state = ScreenKind.OutOfService;
                Screen = OutOfServiceScreen(reason);
            }
        }
    }
}
