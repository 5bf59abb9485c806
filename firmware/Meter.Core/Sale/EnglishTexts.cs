namespace Meter.Core.Sale
{
    /// <summary>The motorist's words in English.</summary>
    internal sealed class EnglishTexts : MotoristTexts
    {
        public EnglishTexts()
            : base('.', true, ":", "D")
        {
        }

        public override string Name
        {
            get { return "ENGLISH"; }
        }

        internal override string TestModeTitle
        {
            get { return "TEST MODE"; }
        }

        internal override string TestSalesOnly
        {
            get { return "TEST SALES ONLY"; }
        }

        internal override string FreeNow
        {
            get { return "FREE NOW"; }
        }

        internal override string PerHour
        {
            get { return "/HOUR"; }
        }

        internal override string PerMinutes
        {
            get { return " MIN"; }
        }

        internal override string EnterYourPlate
        {
            get { return "ENTER YOUR PLATE"; }
        }

        internal override string PressAnyKey
        {
            get { return "PRESS ANY KEY"; }
        }

        internal override string EnterPlate
        {
            get { return "ENTER PLATE"; }
        }

        internal override string PlateKeys
        {
            get { return "#=OK *=DEL C=CANCEL"; }
        }

        internal override string NextKey
        {
            get { return "A=NEXT"; }
        }

        internal override string ConfirmTitle
        {
            get { return "IS THIS YOUR PLATE?"; }
        }

        internal override string ConfirmKeys
        {
            get { return "#=OK  C=EDIT"; }
        }

        internal override string AddTimeQuestion
        {
            get { return "ADD TIME?"; }
        }

        internal override string PayTitle
        {
            get { return "PAY"; }
        }

        internal override string AddTimeTitle
        {
            get { return "ADD TIME"; }
        }

        internal override string TestTitle
        {
            get { return "TEST"; }
        }

        internal override string InsertCoins
        {
            get { return "INSERT COINS"; }
        }

        internal override string Minimum
        {
            get { return "MINIMUM "; }
        }

        internal override string PayOrAddCoins
        {
            get { return "#=PAY OR ADD COINS"; }
        }

        internal override string MaximumUntil
        {
            get { return "MAX UNTIL "; }
        }

        internal override string Until
        {
            get { return "UNTIL "; }
        }

        internal override string UpTo
        {
            get { return "UP TO "; }
        }

        internal override string More
        {
            get { return " MORE"; }
        }

        internal override string MaximumStayReached
        {
            get { return "MAXIMUM STAY REACHED"; }
        }

        internal override string PayKeys
        {
            get { return "#=PAY  C=DONE"; }
        }

        internal override string Wait
        {
            get { return "PLEASE WAIT"; }
        }

        internal override string Recording
        {
            get { return "RECORDING"; }
        }

        internal override string Paid
        {
            get { return "PAID"; }
        }

        internal override string TestPaid
        {
            get { return "TEST PAID"; }
        }

        internal override string Permit
        {
            get { return "PERMIT "; }
        }

        internal override string Overpaid
        {
            get { return "OVERPAID "; }
        }

        internal override string ThankYou
        {
            get { return "THANK YOU"; }
        }

        internal override string ValidUntil
        {
            get { return "VALID UNTIL "; }
        }

        internal override string NoPaymentNeeded
        {
            get { return "NO PAYMENT NEEDED"; }
        }

        internal override string Free
        {
            get { return "FREE"; }
        }

        internal override string ParkingIsFree
        {
            get { return "PARKING IS FREE NOW"; }
        }

        internal override string AlreadyPaidUntil
        {
            get { return "ALREADY PAID UNTIL"; }
        }

        internal override string OutOfService
        {
            get { return "OUT OF SERVICE"; }
        }

        internal override string Closed
        {
            get { return "CLOSED"; }
        }

        internal override string CoinsNotAccepted
        {
            get { return "COINS NOT ACCEPTED"; }
        }

        internal override string CoinJam
        {
            get { return "COIN JAM"; }
        }

        internal override string ClockNotSet
        {
            get { return "CLOCK NOT SET"; }
        }

        internal override string InvalidConfig
        {
            get { return "INVALID CONFIG: "; }
        }

        internal override string NotRecorded
        {
            get { return "SALE NOT RECORDED"; }
        }

        internal override string Taken
        {
            get { return " TAKEN"; }
        }

        internal override string Error
        {
            get { return "ERROR"; }
        }

        internal override string PleaseCall
        {
            get { return "PLEASE CALL THE"; }
        }

        internal override string NumberOnTheMeter
        {
            get { return "NUMBER ON THE METER"; }
        }

        internal override string KeysLetters1
        {
            get { return "2ABC 3DEF 4GHI 5JKL"; }
        }

        internal override string KeysLetters2
        {
            get { return "6MNO 7PQRS 8TUV 9WXYZ"; }
        }

        internal override string AlreadyCovered
        {
            get { return "ALREADY COVERED"; }
        }

        internal override string CoveredUntil
        {
            get { return " UNTIL"; }
        }

        internal override string PermitOnFile
        {
            get { return "PERMIT ON FILE"; }
        }

        internal override string CancelKey
        {
            get { return "C=CANCEL"; }
        }

        internal override string PayAnyway
        {
            get { return "#=PAY ANYWAY"; }
        }

        internal override string Months
        {
            get { return "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC"; }
        }
    }
}
