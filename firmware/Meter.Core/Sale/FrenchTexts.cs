namespace Meter.Core.Sale
{
    /// <summary>The motorist's words in Canadian French: accents on capitals, "3,50 $", "14 h 30", a space before ? and :.</summary>
    internal sealed class FrenchTexts : MotoristTexts
    {
        public FrenchTexts()
            : base(',', false, " h ", " J")
        {
        }

        public override string Name
        {
            get { return "FRAN\u00C7AIS"; }
        }

        internal override string TestModeTitle
        {
            get { return "MODE TEST"; }
        }

        internal override string TestSalesOnly
        {
            get { return "VENTES TEST SEULEMENT"; }
        }

        internal override string FreeNow
        {
            get { return "GRATUIT"; }
        }

        internal override string PerHour
        {
            get { return "/HEURE"; }
        }

        internal override string PerMinutes
        {
            get { return " MIN"; }
        }

        internal override string EnterYourPlate
        {
            get { return "ENTREZ VOTRE PLAQUE"; }
        }

        internal override string PressAnyKey
        {
            get { return "APPUYEZ UNE TOUCHE"; }
        }

        internal override string EnterPlate
        {
            get { return "ENTREZ LA PLAQUE"; }
        }

        internal override string PlateKeys
        {
            get { return "#=OK *=EFF C=ANNULER"; }
        }

        internal override string NextKey
        {
            get { return "A=SUIVANT"; }
        }

        internal override string ConfirmTitle
        {
            get { return "EST-CE VOTRE PLAQUE ?"; }
        }

        internal override string ConfirmKeys
        {
            get { return "#=OK  C=CORRIGER"; }
        }

        internal override string AddTimeQuestion
        {
            get { return "AJOUTER DU TEMPS ?"; }
        }

        internal override string PayTitle
        {
            get { return "PAYER"; }
        }

        internal override string AddTimeTitle
        {
            get { return "AJOUT DE TEMPS"; }
        }

        internal override string TestTitle
        {
            get { return "TEST"; }
        }

        internal override string InsertCoins
        {
            get { return "INS\u00C9REZ DES PI\u00C8CES"; }
        }

        internal override string Minimum
        {
            get { return "MINIMUM "; }
        }

        internal override string PayOrAddCoins
        {
            get { return "#=PAYER OU AJOUTEZ"; }
        }

        internal override string MaximumUntil
        {
            get { return "MAXIMUM "; }
        }

        internal override string Until
        {
            get { return "JUSQU'\u00C0 "; }
        }

        internal override string UpTo
        {
            get { return "MAX. "; }
        }

        internal override string More
        {
            get { return " DE PLUS"; }
        }

        internal override string MaximumStayReached
        {
            get { return "DUR\u00C9E MAX. ATTEINTE"; }
        }

        internal override string PayKeys
        {
            get { return "#=PAYER  C=FIN"; }
        }

        internal override string Wait
        {
            get { return "VEUILLEZ PATIENTER"; }
        }

        internal override string Recording
        {
            get { return "ENREGISTREMENT"; }
        }

        internal override string Paid
        {
            get { return "PAY\u00C9"; }
        }

        internal override string TestPaid
        {
            get { return "TEST PAY\u00C9"; }
        }

        internal override string Permit
        {
            get { return "PERMIS "; }
        }

        internal override string Overpaid
        {
            get { return "PAY\u00C9 EN TROP "; }
        }

        internal override string ThankYou
        {
            get { return "MERCI"; }
        }

        internal override string ValidUntil
        {
            get { return "JUSQU'\u00C0 "; }
        }

        internal override string NoPaymentNeeded
        {
            get { return "AUCUN PAIEMENT REQUIS"; }
        }

        internal override string Free
        {
            get { return "GRATUIT"; }
        }

        internal override string ParkingIsFree
        {
            get { return "STATIONNEMENT GRATUIT"; }
        }

        internal override string AlreadyPaidUntil
        {
            get { return "D\u00C9J\u00C0 PAY\u00C9 JUSQU'\u00C0"; }
        }

        internal override string OutOfService
        {
            get { return "HORS SERVICE"; }
        }

        internal override string Closed
        {
            get { return "FERM\u00C9"; }
        }

        internal override string CoinsNotAccepted
        {
            get { return "PI\u00C8CES REFUS\u00C9ES"; }
        }

        internal override string CoinJam
        {
            get { return "PI\u00C8CE COINC\u00C9E"; }
        }

        internal override string ClockNotSet
        {
            get { return "HORLOGE NON R\u00C9GL\u00C9E"; }
        }

        internal override string InvalidConfig
        {
            get { return "CONFIG. INVALIDE : "; }
        }

        internal override string NotRecorded
        {
            get { return "VENTE NON ENREGISTR\u00C9E"; }
        }

        internal override string Taken
        {
            get { return " RE\u00C7U"; }
        }

        internal override string Error
        {
            get { return "ERREUR"; }
        }

        internal override string PleaseCall
        {
            get { return "VEUILLEZ APPELER LE"; }
        }

        internal override string NumberOnTheMeter
        {
            get { return "NUM\u00C9RO SUR LA BORNE"; }
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
            get { return "D\u00C9J\u00C0 PAY\u00C9"; }
        }

        internal override string CoveredUntil
        {
            get { return " JUSQU'AU"; }
        }

        internal override string PermitOnFile
        {
            get { return "PERMIS AU DOSSIER"; }
        }

        internal override string CancelKey
        {
            get { return "C=ANNULER"; }
        }

        internal override string PayAnyway
        {
            get { return "#=PAYER QUAND M\u00CAME"; }
        }

        internal override string Months
        {
            get { return "JANF\u00C9VMARAVRMAIJUNJULAO\u00DBSEPOCTNOVD\u00C9C"; }
        }
    }
}
