using Meter.Core.Money;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// Every word a motorist reads, one table per language (<see cref="EnglishTexts"/>, <see cref="FrenchTexts"/>), each row
    /// at most 21 characters (the panel's width at the small size; <c>MotoristTextsTests</c> renders every screen with the
    /// longest values). Amounts and times are written the language's way: "$3.50" and "14:30", or "3,50 $" and
    /// "14 h 30" (Canadian French). The words are literals behind properties, not fields: on the device a table costs
    /// no heap until a screen shows a word (the sale flow keeps the plate screen's words, which every key redraws).
    /// </summary>
    public abstract class MotoristTexts
    {
        private readonly char _decimal;
        private readonly bool _currencyFirst;
        private readonly string _clockSeparator;
        private readonly string _daysLater;

        /// <summary>A table writing amounts with <paramref name="decimalSeparator"/> and times with <paramref name="clockSeparator"/>.</summary>
        protected MotoristTexts(char decimalSeparator, bool currencyFirst, string clockSeparator, string daysLater)
        {
            _decimal = decimalSeparator;
            _currencyFirst = currencyFirst;
            _clockSeparator = clockSeparator;
            _daysLater = daysLater;
        }

        /// <summary>The table for a code of <c>ConfigSchema.LanguageCodes</c> ("en", "fr"); null for any other.</summary>
        public static MotoristTexts For(string code)
        {
            return code == "en" ? new EnglishTexts() : code == "fr" ? (MotoristTexts)new FrenchTexts() : null;
        }

        /// <summary>The language's own name, as the other language's switch key shows it ("B: FRAN\u00C7AIS").</summary>
        public abstract string Name { get; }

        /// <summary>An amount: "$3.50" or "3,50 $".</summary>
        public string Money(long cents)
        {
            string amount = Cents.Format(cents, _decimal);
            return _currencyFirst ? "$" + amount : amount + " $";
        }

        /// <summary>A time of day: "14:30" or "14 h 30".</summary>
        public string Clock(int minuteOfDay)
        {
            return TimeText.FormatClock(minuteOfDay, _clockSeparator);
        }

        /// <summary>A time of day <paramref name="days"/> days later than today: "14:30 +1D" or "14 h 30 +1 J".</summary>
        public string Clock(int minuteOfDay, long days)
        {
            string clock = Clock(minuteOfDay);
            return days == 0 ? clock : clock + " +" + days.ToString() + _daysLater;
        }

        /// <summary>A day of a month: "30 APR" or "30 AVR"; <paramref name="month"/> from 1.</summary>
        public string Date(int day, int month)
        {
            return day.ToString() + " " + Months.Substring((month - 1) * 3, 3);
        }

        // The rows, named for what they say in English; each table writes them all.
        internal abstract string TestModeTitle { get; }
        internal abstract string TestSalesOnly { get; }
        internal abstract string FreeNow { get; }
        internal abstract string PerHour { get; }
        internal abstract string PerMinutes { get; }
        internal abstract string EnterYourPlate { get; }
        internal abstract string PressAnyKey { get; }
        internal abstract string EnterPlate { get; }
        internal abstract string PlateKeys { get; }
        internal abstract string NextKey { get; }
        internal abstract string ConfirmTitle { get; }
        internal abstract string ConfirmKeys { get; }
        internal abstract string AddTimeQuestion { get; }
        internal abstract string PayTitle { get; }
        internal abstract string AddTimeTitle { get; }
        internal abstract string TestTitle { get; }
        internal abstract string InsertCoins { get; }
        internal abstract string Minimum { get; }
        internal abstract string PayOrAddCoins { get; }
        internal abstract string MaximumUntil { get; }
        internal abstract string Until { get; }
        internal abstract string UpTo { get; }
        internal abstract string More { get; }
        internal abstract string MaximumStayReached { get; }
        internal abstract string PayKeys { get; }
        internal abstract string Wait { get; }
        internal abstract string Recording { get; }
        internal abstract string Paid { get; }
        internal abstract string TestPaid { get; }
        internal abstract string Permit { get; }
        internal abstract string Overpaid { get; }
        internal abstract string ThankYou { get; }
        internal abstract string ValidUntil { get; }
        internal abstract string NoPaymentNeeded { get; }
        internal abstract string Free { get; }
        internal abstract string ParkingIsFree { get; }
        internal abstract string AlreadyPaidUntil { get; }
        internal abstract string OutOfService { get; }
        internal abstract string Closed { get; }
        internal abstract string CoinsNotAccepted { get; }
        internal abstract string CoinJam { get; }
        internal abstract string ClockNotSet { get; }
        internal abstract string InvalidConfig { get; }
        internal abstract string NotRecorded { get; }
        internal abstract string Taken { get; }
        internal abstract string Error { get; }
        internal abstract string PleaseCall { get; }
        internal abstract string NumberOnTheMeter { get; }
        internal abstract string KeysLetters1 { get; }
        internal abstract string KeysLetters2 { get; }
        internal abstract string AlreadyCovered { get; }
        internal abstract string CoveredUntil { get; }
        internal abstract string PermitOnFile { get; }
        internal abstract string CancelKey { get; }
        internal abstract string PayAnyway { get; }
        internal abstract string Months { get; }
    }
}
