using Meter.Core.Journal;
using Meter.Core.Display;
using Meter.Core.Tariffs;
using Meter.Core.Time;
using Meter.Core.Money;

namespace Meter.Core.Sale
{
    /// <summary>The sale flow's transitions and screens.</summary>
    public sealed partial class SaleFlow
    {
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
            else if (key == '#')
            {
                _plate.Accept();
                if (_plate.Plate.Length > 0)
                {
                    StartPayment(nowUtcMs);
                    return;
                }
            }

            Screen = PlateScreen();
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
                Screen = new Screen(ScreenKind.Free, "NO PAYMENT NEEDED", _plate.Plate, "FREE", _extends == null ? "PARKING IS FREE NOW" : "ALREADY PAID UNTIL", _extends == null ? "" : Clock(_extends.EndUtcMs), "ANY KEY");
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
            Screen = new Screen(ScreenKind.Wait, "PLEASE WAIT", _plate.Plate, "$" + Cents.Format(charged), "RECORDING", "", "");
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
                return "INVALID CONFIG: " + _configProblem;
            }

            if (_jammed)
            {
                return "COIN JAM";
            }

            if (!_context.ClockTrusted)
            {
                return "CLOCK NOT SET";
            }

            return _context.CanSell(out reason) ? null : Upper(reason);
        }

        private void ToIdle()
        {
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

        private Screen IdleScreen()
        {
            long local = _zone.ToLocal(_nowUtcMs);
            RateBand band = _tariff.BandAt(Calendar.TimeOfDayMs(local));
            bool free = band.CentsPerBlock == 0 || !_tariff.IsEnforced(Calendar.DayOf(local), Calendar.TimeOfDayMs(local));
            string rate = free ? "FREE NOW" : "$" + Cents.Format(band.CentsPerBlock) + (band.BlockMinutes == 60 ? "/HOUR" : "/" + band.BlockMinutes.ToString() + " MIN");
            return new Screen(ScreenKind.Idle, TestMode ? "TEST MODE" : Upper(_zoneName), rate, Clock(_nowUtcMs), "ENTER YOUR PLATE", TestMode ? "TEST SALES ONLY" : "TO BUY PARKING", "PRESS ANY KEY");
        }

        // The plate screen is one object rewritten with every key, its counts from a table: a keypress
        // allocates only the plate's text.
        private Screen PlateScreen()
        {
            string text = _plate.Text;
            // The rows under the plate stay the same while typing: only the plate's cells change.
            _plateScreen.Set(ScreenKind.Plate, "ENTER PLATE", text.Length == 0 ? "" : PlateCounts[text.Length], text.Length == 0 ? "_" : text, "2=ABC 3=DEF ... 9=WXYZ", "A=NEXT *=DELETE", "#=OK  C=CANCEL");
            _plateScreen.HighlightFrom = _plate.Pending == '\0' ? -1 : text.Length - 1;
            return _plateScreen;
        }

        private static string[] PlateCountTexts()
        {
            string[] counts = new string[PlateEditor.MaximumLength + 2];
            for (int i = 1; i < counts.Length; i++)
            {
                counts[i] = i.ToString() + "/25";
            }

            return counts;
        }

        private Screen PaymentScreen()
        {
            string line1 = _credit == 0 ? "INSERT COINS" : _credit < _tariff.MinimumPurchaseCents ? "MINIMUM $" + Cents.Format(_tariff.MinimumPurchaseCents) : "#=PAY OR ADD COINS";
            string until = _credit == 0 ? "MAX UNTIL " + Clock(_maximumEndUtcMs) : (_extends == null ? "UNTIL " : Clock(_extends.EndUtcMs) + " -> ") + Clock(_endUtcMs);
            string room = _endUtcMs >= _maximumEndUtcMs ? "MAXIMUM STAY REACHED" : "UP TO $" + Cents.Format(CreditRoomCents) + " MORE";
            string title = (SaleIsTest ? "TEST " : _extends == null ? "PAY " : "ADD TIME ") + _plate.Plate;
            return new Screen(_extends == null ? ScreenKind.Payment : ScreenKind.AddTime, title, line1, "$" + Cents.Format(_credit), until, room, "#=PAY  C=DONE");
        }

        private Screen PaidScreen()
        {
            string overpaid = _excess > 0 ? "OVERPAID $" + Cents.Format(_excess) : "THANK YOU";
            return new Screen(ScreenKind.Paid, SaleIsTest ? "TEST PAID" : "PAID", _plate.Plate, Clock(_endUtcMs), "PERMIT " + _paidPermitNo, overpaid, "VALID UNTIL " + Clock(_endUtcMs));
        }

        private static Screen OutOfServiceScreen(string reason)
        {
            // Two rows of 21 characters, broken at a space where there is one.
            int columns = ScreenRenderer.Columns;
            int cut = reason.Length <= columns ? reason.Length : reason.LastIndexOf(' ', columns);
            cut = cut <= 0 ? (reason.Length < columns ? reason.Length : columns) : cut;
            string first = reason.Substring(0, cut);
            string second = reason.Substring(cut).Trim();
            second = second.Length > columns ? second.Substring(0, columns) : second;
            return new Screen(ScreenKind.OutOfService, "OUT OF SERVICE", first, "CLOSED", second, "COINS NOT ACCEPTED", "SORRY");
        }

        // "HH:MM", with the date when it is not today.
        private string Clock(long utcMs)
        {
            long local = _zone.ToLocal(utcMs);
            string clock = TimeText.FormatClock((int)(Calendar.TimeOfDayMs(local) / Calendar.MsPerMinute));
            long days = Calendar.DayOf(local) - Calendar.DayOf(_zone.ToLocal(_nowUtcMs));
            return days == 0 ? clock : clock + " +" + days.ToString() + "D";
        }

        private static string Upper(string text)
        {
            return text == null ? "" : text.ToUpper();
        }
    }
}
