using Meter.Core.Money;
using Meter.Core.Time;

namespace Meter.Core.Sale
{
    /// <summary>
    /// Every word a motorist reads, one table per language, each row at most 21 characters (the panel's width at
    /// the small size; <c>MotoristTextsTests</c> renders every screen with the longest values). Amounts and times
    /// are written the language's way: "$3.50" and "14:30", or "3,50 $" and "14 h 30" (Canadian French). Only the
    /// languages a meter is configured for are built: each is about 60 strings of heap.
    /// </summary>
    public sealed class MotoristTexts
    {
        private readonly char _decimal;
        private readonly bool _currencyFirst;
        private readonly string _clockSeparator;
        private readonly string _daysLater;

        private MotoristTexts(string code, string name, char decimalSeparator, bool currencyFirst, string clockSeparator, string daysLater)
        {
            Code = code;
            Name = name;
            _decimal = decimalSeparator;
            _currencyFirst = currencyFirst;
            _clockSeparator = clockSeparator;
            _daysLater = daysLater;
        }

        /// <summary>The table for a code of <c>ConfigSchema.LanguageCodes</c>; null for any other.</summary>
        public static MotoristTexts For(string code)
        {
            return code == "en" ? English() : code == "fr" ? French() : null;
        }

        /// <summary>"en" or "fr".</summary>
        public string Code { get; private set; }

        /// <summary>The language's own name, as the other language's switch key shows it ("B: FRANÇAIS").</summary>
        public string Name { get; private set; }

        // The rows, named for what they say in English.
        internal string TestModeTitle, TestSalesOnly, FreeNow, PerHour, PerMinutes, EnterYourPlate, PressAnyKey;
        internal string EnterPlate, KeysLetters1, KeysLetters2, PlateKeys, NextKey;
        internal string ConfirmTitle, ConfirmKeys, AddTimeQuestion;
        internal string PayTitle, AddTimeTitle, TestTitle, InsertCoins, Minimum, PayOrAddCoins, MaximumUntil, Until, UpTo, More, MaximumStayReached, PayKeys;
        internal string Wait, Recording, Paid, TestPaid, Permit, Overpaid, ThankYou, ValidUntil;
        internal string NoPaymentNeeded, Free, ParkingIsFree, AlreadyPaidUntil;
        internal string OutOfService, Closed, CoinsNotAccepted, CoinJam, ClockNotSet, InvalidConfig;
        internal string NotRecorded, Taken, Error, PleaseCall, NumberOnTheMeter;

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

        private static MotoristTexts English()
        {
            MotoristTexts t = new MotoristTexts("en", "ENGLISH", '.', true, ":", "D");
            t.TestModeTitle = "TEST MODE"; t.TestSalesOnly = "TEST SALES ONLY"; t.FreeNow = "FREE NOW"; t.PerHour = "/HOUR"; t.PerMinutes = " MIN";
            t.EnterYourPlate = "ENTER YOUR PLATE"; t.PressAnyKey = "PRESS ANY KEY";
            t.EnterPlate = "ENTER PLATE"; t.PlateKeys = "#=OK *=DEL C=CANCEL"; t.NextKey = "A=NEXT";
            t.ConfirmTitle = "IS THIS YOUR PLATE?"; t.ConfirmKeys = "#=OK  C=EDIT"; t.AddTimeQuestion = "ADD TIME?";
            t.PayTitle = "PAY"; t.AddTimeTitle = "ADD TIME"; t.TestTitle = "TEST"; t.InsertCoins = "INSERT COINS"; t.Minimum = "MINIMUM ";
            t.PayOrAddCoins = "#=PAY OR ADD COINS"; t.MaximumUntil = "MAX UNTIL "; t.Until = "UNTIL "; t.UpTo = "UP TO "; t.More = " MORE";
            t.MaximumStayReached = "MAXIMUM STAY REACHED"; t.PayKeys = "#=PAY  C=DONE";
            t.Wait = "PLEASE WAIT"; t.Recording = "RECORDING"; t.Paid = "PAID"; t.TestPaid = "TEST PAID"; t.Permit = "PERMIT ";
            t.Overpaid = "OVERPAID "; t.ThankYou = "THANK YOU"; t.ValidUntil = "VALID UNTIL ";
            t.NoPaymentNeeded = "NO PAYMENT NEEDED"; t.Free = "FREE"; t.ParkingIsFree = "PARKING IS FREE NOW"; t.AlreadyPaidUntil = "ALREADY PAID UNTIL";
            t.OutOfService = "OUT OF SERVICE"; t.Closed = "CLOSED"; t.CoinsNotAccepted = "COINS NOT ACCEPTED"; t.CoinJam = "COIN JAM";
            t.ClockNotSet = "CLOCK NOT SET"; t.InvalidConfig = "INVALID CONFIG: ";
            t.NotRecorded = "SALE NOT RECORDED"; t.Taken = " TAKEN"; t.Error = "ERROR"; t.PleaseCall = "PLEASE CALL THE"; t.NumberOnTheMeter = "NUMBER ON THE METER";
            return Shared(t);
        }

        private static MotoristTexts French()
        {
            MotoristTexts t = new MotoristTexts("fr", "FRAN\u00C7AIS", ',', false, " h ", " J");
            t.TestModeTitle = "MODE TEST"; t.TestSalesOnly = "VENTES TEST SEULEMENT"; t.FreeNow = "GRATUIT"; t.PerHour = "/HEURE"; t.PerMinutes = " MIN";
            t.EnterYourPlate = "ENTREZ VOTRE PLAQUE"; t.PressAnyKey = "APPUYEZ UNE TOUCHE";
            t.EnterPlate = "ENTREZ LA PLAQUE"; t.PlateKeys = "#=OK *=EFF C=ANNULER"; t.NextKey = "A=SUIVANT";
            t.ConfirmTitle = "EST-CE VOTRE PLAQUE ?"; t.ConfirmKeys = "#=OK  C=CORRIGER"; t.AddTimeQuestion = "AJOUTER DU TEMPS ?";
            t.PayTitle = "PAYER"; t.AddTimeTitle = "AJOUT DE TEMPS"; t.TestTitle = "TEST"; t.InsertCoins = "INS\u00C9REZ DES PI\u00C8CES"; t.Minimum = "MINIMUM ";
            t.PayOrAddCoins = "#=PAYER OU AJOUTEZ"; t.MaximumUntil = "MAXIMUM "; t.Until = "JUSQU'\u00C0 "; t.UpTo = "MAX. "; t.More = " DE PLUS";
            t.MaximumStayReached = "DUR\u00C9E MAX. ATTEINTE"; t.PayKeys = "#=PAYER  C=FIN";
            t.Wait = "VEUILLEZ PATIENTER"; t.Recording = "ENREGISTREMENT"; t.Paid = "PAY\u00C9"; t.TestPaid = "TEST PAY\u00C9"; t.Permit = "PERMIS ";
            t.Overpaid = "PAY\u00C9 EN TROP "; t.ThankYou = "MERCI"; t.ValidUntil = "JUSQU'\u00C0 ";
            t.NoPaymentNeeded = "AUCUN PAIEMENT REQUIS"; t.Free = "GRATUIT"; t.ParkingIsFree = "STATIONNEMENT GRATUIT"; t.AlreadyPaidUntil = "D\u00C9J\u00C0 PAY\u00C9 JUSQU'\u00C0";
            t.OutOfService = "HORS SERVICE"; t.Closed = "FERM\u00C9"; t.CoinsNotAccepted = "PI\u00C8CES REFUS\u00C9ES"; t.CoinJam = "PI\u00C8CE COINC\u00C9E";
            t.ClockNotSet = "HORLOGE NON R\u00C9GL\u00C9E"; t.InvalidConfig = "CONFIG. INVALIDE : ";
            t.NotRecorded = "VENTE NON ENREGISTR\u00C9E"; t.Taken = " RE\u00C7U"; t.Error = "ERREUR"; t.PleaseCall = "VEUILLEZ APPELER LE"; t.NumberOnTheMeter = "NUM\u00C9RO SUR LA BORNE";
            return Shared(t);
        }

        // What reads the same in every language: the letters on the keys.
        private static MotoristTexts Shared(MotoristTexts t)
        {
            t.KeysLetters1 = "2ABC 3DEF 4GHI 5JKL";
            t.KeysLetters2 = "6MNO 7PQRS 8TUV 9WXYZ";
            return t;
        }
    }
}
