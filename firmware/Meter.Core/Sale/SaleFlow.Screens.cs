using Meter.Core.Display;
using Meter.Core.Tariffs;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>The sale flow's screens, every word from the sale's language table (<see cref="MotoristTexts"/>).</summary>
    public sealed partial class SaleFlow
    {
        private string _plateTitle;
        private string _plateLine1;
        private string _plateLetters1;
        private string _plateLetters2;
        private string _plateKeys;

        // The zone's name when it fits the title bar, else the meter's id (at most 20 characters).
        private static string IdleTitle(Config.MeterSettings meter)
        {
            string zone = Upper(meter.ZoneName);
            return zone.Length <= ScreenRenderer.Columns ? zone : meter.Id;
        }

        // The configured languages' tables, each with its switch key's hint naming the next language ("B: FRANÇAIS").
        private static MotoristTexts[] Languages(string[] codes, out string[] switchHints, out string[] nextAndSwitch)
        {
            MotoristTexts[] languages = new MotoristTexts[codes.Length];
            switchHints = new string[codes.Length];
            nextAndSwitch = new string[codes.Length];
            for (int i = 0; i < codes.Length; i++)
            {
                languages[i] = MotoristTexts.For(codes[i]);
            }

            for (int i = 0; i < codes.Length; i++)
            {
                switchHints[i] = codes.Length == 1 ? "" : "B: " + languages[(i + 1) % codes.Length].Name;
                string keys = languages[i].NextKey + "  " + switchHints[i];
                nextAndSwitch[i] = keys.Length <= ScreenRenderer.Columns ? keys : languages[i].NextKey + " " + switchHints[i];
            }

            return languages;
        }

        private Screen IdleScreen()
        {
            long local = _zone.ToLocal(_nowUtcMs);
            RateBand band = _tariff.BandAt(Calendar.TimeOfDayMs(local));
            bool free = band.CentsPerBlock == 0 || !_tariff.IsEnforced(Calendar.DayOf(local), Calendar.TimeOfDayMs(local));
            string rate = free ? _texts.FreeNow : _texts.Money(band.CentsPerBlock) + (band.BlockMinutes == 60 ? _texts.PerHour : "/" + band.BlockMinutes.ToString() + _texts.PerMinutes);
            return new Screen(ScreenKind.Idle, TestMode ? _texts.TestModeTitle : _idleTitle, rate, Clock(_nowUtcMs), _texts.EnterYourPlate,
                TestMode ? _texts.TestSalesOnly : _texts.PressAnyKey, _switchHints[_language]);
        }

        // The plate screen is one object rewritten with every key, its words kept (on the device every read of a
        // literal allocates): a keypress allocates only the plate's text.
        private Screen PlateScreen()
        {
            string text = _plate.Text;
            // The rows under the plate stay the same while typing: only the plate's cells change.
            _plateScreen.Set(ScreenKind.Plate, _plateTitle, _plateLine1, text.Length == 0 ? "_" : text, _plateLetters1, _plateLetters2, _plateKeys);
            _plateScreen.HighlightFrom = _plate.Pending == '\0' ? -1 : text.Length - 1;
            return _plateScreen;
        }

        // Called when plate entry starts and when the language changes.
        private void KeepPlateWords()
        {
            _plateTitle = _texts.EnterPlate;
            _plateLine1 = _switchHints[_language].Length == 0 ? _texts.NextKey : _nextAndSwitch[_language];
            _plateLetters1 = _texts.KeysLetters1;
            _plateLetters2 = _texts.KeysLetters2;
            _plateKeys = _texts.PlateKeys;
        }

        private Screen PaymentScreen()
        {
            string line1 = _credit == 0 ? _texts.InsertCoins : _credit < _tariff.MinimumPurchaseCents ? _texts.Minimum + _texts.Money(_tariff.MinimumPurchaseCents) : _texts.PayOrAddCoins;
            string until = _credit == 0 ? _texts.MaximumUntil + Clock(_maximumEndUtcMs) : _texts.Until + Clock(_endUtcMs);
            if (_credit > 0 && _extends != null)
            {
                string fromTo = Clock(_extends.EndUtcMs) + " -> " + Clock(_endUtcMs);
                until = fromTo.Length <= ScreenRenderer.Columns ? fromTo : until;
            }

            string room = _endUtcMs >= _maximumEndUtcMs ? _texts.MaximumStayReached : _texts.UpTo + _texts.Money(CreditRoomCents) + _texts.More;
            string title = SaleIsTest ? _texts.TestTitle : _extends == null ? _texts.PayTitle : _texts.AddTimeTitle;
            // The plate joins the title where it fits; it was confirmed in full on the screen before.
            title = title.Length + 1 + _plate.Plate.Length <= ScreenRenderer.Columns ? title + " " + _plate.Plate : title;
            return new Screen(_extends == null ? ScreenKind.Payment : ScreenKind.AddTime, title, line1, _texts.Money(_credit), until, room, _texts.PayKeys);
        }

        private Screen PaidScreen()
        {
            string overpaid = _excess > 0 ? _texts.Overpaid + _texts.Money(_excess) : _texts.ThankYou;
            string permit = _texts.Permit + _paidPermitNo;
            return new Screen(ScreenKind.Paid, SaleIsTest ? _texts.TestPaid : _texts.Paid, PlateRow(), Clock(_endUtcMs),
                permit.Length <= ScreenRenderer.Columns ? permit : _paidPermitNo, overpaid, _texts.ValidUntil + Clock(_endUtcMs));
        }

        // The plate on a text row, where it fits (21 characters; a longer one was confirmed in full before).
        private string PlateRow()
        {
            return _plate.Plate.Length <= ScreenRenderer.Columns ? _plate.Plate : "";
        }

        private Screen OutOfServiceScreen(string reason)
        {
            // Three rows of 21 characters, broken at spaces: a configuration error keeps its line number and key.
            int columns = ScreenRenderer.Columns;
            string first = RowOf(reason, 0, columns);
            string second = RowOf(reason, first.Length, columns);
            string third = RowOf(reason, first.Length + second.Length, columns);
            return new Screen(ScreenKind.OutOfService, _texts.OutOfService, first.Trim(), _texts.Closed, second.Trim(), third.Trim(), _texts.CoinsNotAccepted);
        }

        // The part of text from start that fits a row: up to its last ": " (a configuration error's line, key and
        // reason each start a row), else its last space, else cut in a word longer than the row.
        private static string RowOf(string text, int start, int columns)
        {
            if (start >= text.Length)
            {
                return "";
            }

            if (text.Length - start <= columns)
            {
                return text.Substring(start);
            }

            int cut = text.LastIndexOf(": ", start + columns - 1, columns);
            cut = cut > start ? cut + 1 : text.LastIndexOf(' ', start + columns, columns + 1);
            int length = cut <= start ? columns : cut - start + 1;
            return text.Substring(start, length);
        }

        // "HH:MM", with the date when it is not today.
        private string Clock(long utcMs)
        {
            long local = _zone.ToLocal(utcMs);
            long days = Calendar.DayOf(local) - Calendar.DayOf(_zone.ToLocal(_nowUtcMs));
            return _texts.Clock((int)(Calendar.TimeOfDayMs(local) / Calendar.MsPerMinute), days);
        }

        private static string Upper(string text)
        {
            return text == null ? "" : text.ToUpper();
        }
    }
}
