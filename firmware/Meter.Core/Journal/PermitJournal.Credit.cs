namespace Meter.Core.Journal
{
    /// <summary>
    /// The credit of a sale being paid, kept beside the journal so a power cut cannot take it: two copies
    /// written in turn, so a write the power interrupts (even one that left a torn file) never spoils the
    /// credit the previous coin kept.
    /// </summary>
    public sealed partial class PermitJournal
    {
        /// <summary>The credit files' names in the journal's folder (the loader knows they are no journal files).</summary>
        public static readonly string[] CreditFileNames = { "credit0.dat", "credit1.dat" };

        private readonly byte[] _creditBuffer = new byte[PendingCredit.MaximumBytes];
        private int _creditSlot;
        private long _creditSerial;

        /// <summary>
        /// The credit found at mount: money inserted for a sale that was being paid when the power went (it may
        /// or may not have been recorded before the cut); null when there was none.
        /// </summary>
        public PendingCredit RecoveredCredit { get; private set; }

        /// <summary>
        /// A credit copy was found torn or empty: the power went while a coin's credit was being written. The
        /// other copy (the credit before that coin) is what counts; the coin in flight is in no sale.
        /// </summary>
        public bool CreditTorn { get; private set; }

        /// <summary>Keeps the credit of the sale being paid, replacing what was kept (one small file, atomic on littlefs).</summary>
        public void SaveCredit(PendingCredit credit)
        {
            lock (_sync)
            {
                WriteCredit(credit);
            }
        }

        // Into the other copy than the newest: a torn write spoils only itself.
        private void WriteCredit(PendingCredit credit)
        {
            credit.Serial = _creditSerial + 1;
            _store.Replace(CreditFileNames[1 - _creditSlot], _creditBuffer, credit.Encode(_creditBuffer));
            _creditSlot = 1 - _creditSlot;
            _creditSerial = credit.Serial;
        }

        /// <summary>
        /// The sale is recorded (or there is no credit any more): a copy saying "no credit" is written in turn.
        /// Rewriting the two files in place, never deleting them, keeps each coin's write a cheap in-place
        /// replacement on littlefs instead of a file created and deleted per sale.
        /// </summary>
        public void ClearCredit()
        {
            lock (_sync)
            {
                WriteCredit(new PendingCredit(0, "", 0, 0, 0, 0, 0));
                RecoveredCredit = null;
                CreditTorn = false;
            }
        }

        // At mount: the valid copy with the higher serial is the credit; an unreadable copy is reported and
        // left alone, never guessed at; a torn one (a write the power cut) is reported.
        private void LoadCredit(RecoveryReport report)
        {
            for (int slot = 0; slot < CreditFileNames.Length; slot++)
            {
                byte[] data;
                try
                {
                    data = _store.Read(CreditFileNames[slot], PendingCredit.MaximumBytes);
                }
                catch (System.Exception)
                {
                    report.UnreadableFiles.Add(CreditFileNames[slot]);
                    continue;
                }

                if (data == null)
                {
                    continue;
                }

                PendingCredit credit = PendingCredit.Decode(data);
                if (credit == null)
                {
                    CreditTorn = true;
                    report.TornFiles.Add(CreditFileNames[slot]);
                }
                else if (RecoveredCredit == null || credit.Serial > RecoveredCredit.Serial)
                {
                    RecoveredCredit = credit;
                    _creditSlot = slot;
                    _creditSerial = credit.Serial;
                }
            }

            if (RecoveredCredit != null)
            {
                if (RecoveredCredit.ChargedCents == 0)
                {
                    // The newest copy says the last sale was recorded: no credit.
                    RecoveredCredit = null;
                }
            }
        }
    }
}
