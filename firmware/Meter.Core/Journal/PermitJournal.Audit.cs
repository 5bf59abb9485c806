using System.Collections;

namespace Meter.Core.Journal
{
    /// <summary>
    /// The cash audit and the credit of a sale being paid, kept beside the journal in two pairs of small
    /// files (<see cref="TwoCopyFile"/>): the open period's totals with the credit, rewritten with each coin
    /// and each sale, and the last collections, rewritten at each collection.
    /// </summary>
    public sealed partial class PermitJournal
    {
        /// <summary>The open period's audit and the credit in hand.</summary>
        public static readonly string[] AuditFileNames = { "audit0.dat", "audit1.dat" };

        /// <summary>The last collections.</summary>
        public static readonly string[] CollectionFileNames = { "collect0.dat", "collect1.dat" };

        /// <summary>Most collections kept and listed: the last twelve, or as many of the last as fit <see cref="CollectionsFileBytes"/>.</summary>
        public const int CollectionsKept = 12;

        /// <summary>
        /// Largest collections payload, bytes: with its 8 bytes of serial and CRC, littlefs keeps a file this small
        /// inline in the folder's metadata, so the collections never take a 4 KB data block of the partition.
        /// </summary>
        public const int CollectionsFileBytes = 500;

        private const int CollectionsVersion = 1;
        private const int CollectionsBytes = CollectionsFileBytes;

        private TwoCopyFile _audit;

        // The plate of the credit last kept (hash; see PermitTable.HashOf): while the audit holds a credit, Prune keeps
        // that plate's permits, so that at boot the credit is always found recorded if it was (AuditLedger defers the
        // write that would clear it to the next coin).
        private int _creditPlateHash = NoCredit;

        // A plate whose hash this is would only have its permits kept a little longer.
        private const int NoCredit = int.MinValue;

        /// <summary>The open period's totals found at mount, or null on a meter that never kept any.</summary>
        public AuditTotals RecoveredTotals { get; private set; }

        /// <summary>
        /// The credit found at mount: money inserted for a sale that was being paid when the power went (it may
        /// or may not have been recorded before the cut); null when there was none.
        /// </summary>
        public PendingCredit RecoveredCredit { get; private set; }

        /// <summary>
        /// An audit copy was found torn or empty: the power went while a coin was being counted. The other copy
        /// (the audit before that coin) is what counts; the coin in flight is in no sale.
        /// </summary>
        public bool AuditTorn
        {
            get { return _audit.Torn; }
        }

        /// <summary>The collections kept, oldest first (at most <see cref="CollectionsKept"/>), read from flash: they are not kept in RAM.</summary>
        public AuditTotals[] ReadCollections()
        {
            lock (_sync)
            {
                return ReadCollections(CollectionsFile());
            }
        }

        // The collections are read and written rarely: their file pair is made when needed, never kept (the heap is small).
        private TwoCopyFile CollectionsFile()
        {
            return new TwoCopyFile(CollectionsBytes);
        }

        private AuditTotals[] ReadCollections(TwoCopyFile file)
        {
            byte[] collections = file.Read(_store, CollectionFileNames, new ArrayList(), new ArrayList());
            ArrayList list = new ArrayList();
            if (collections != null && collections.Length >= 2 && collections[0] == CollectionsVersion)
            {
                int p = 2;
                try
                {
                    for (int i = 0; i < collections[1]; i++)
                    {
                        list.Add(AuditTotals.Decode(collections, ref p));
                    }
                }
                catch (System.ArgumentException)
                {
                    // Cannot happen to bytes whose CRC held; the collections read so far stand.
                }
            }

            return (AuditTotals[])list.ToArray(typeof(AuditTotals));
        }

        /// <summary>Whether a file of the journal's folder is one of the audit's (the loader leaves them alone).</summary>
        public static bool IsAuditFile(string name)
        {
            return name == AuditFileNames[0] || name == AuditFileNames[1] || name == CollectionFileNames[0] || name == CollectionFileNames[1];
        }

        /// <summary>Keeps the open period's totals and the credit in hand (null: none), replacing what was kept.</summary>
        public void SaveAudit(AuditTotals totals, PendingCredit credit)
        {
            lock (_sync)
            {
                _audit.Write(_store, AuditFileNames, AuditRecord.Encode(totals, credit, _nextSeq, _audit.Buffer, TwoCopyFile.PayloadOffset));
                RecoveredCredit = null;
                KeepPermitsOf(credit);
            }
        }

        /// <summary>Adds a closed period to the collections kept (the last <see cref="CollectionsKept"/> that fit).</summary>
        public void AddCollection(AuditTotals closedPeriod)
        {
            lock (_sync)
            {
                TwoCopyFile file = CollectionsFile();
                AuditTotals[] kept = ReadCollections(file);
                AuditTotals[] closed = new AuditTotals[kept.Length + 1];
                System.Array.Copy(kept, closed, kept.Length);
                closed[kept.Length] = closedPeriod;
                int first = FirstThatFit(closed);
                byte[] buffer = file.Buffer;
                int p = TwoCopyFile.PayloadOffset;
                buffer[p++] = CollectionsVersion;
                buffer[p++] = (byte)(closed.Length - first);
                for (int i = first; i < closed.Length; i++)
                {
                    p = closed[i].Encode(buffer, p);
                }

                file.Write(_store, CollectionFileNames, p - TwoCopyFile.PayloadOffset);
            }
        }

        // The oldest of the newest collections that fit the file, at most CollectionsKept of them.
        private static int FirstThatFit(AuditTotals[] collections)
        {
            byte[] scratch = new byte[AuditTotals.MaximumEncodedBytes];
            int bytes = 2;
            int first = collections.Length;
            while (first > 0 && collections.Length - first < CollectionsKept)
            {
                int size = collections[first - 1].Encode(scratch, 0);
                if (bytes + size > CollectionsFileBytes)
                {
                    break;
                }

                bytes += size;
                first--;
            }

            return first;
        }

        // At mount: the newest valid copies; unreadable copies are reported and left alone, torn ones reported.
        private void LoadAudit(RecoveryReport report)
        {
            _audit = new TwoCopyFile(AuditRecord.MaximumBytes);
            byte[] audit = _audit.Read(_store, AuditFileNames, report.UnreadableFiles, report.TornFiles);
            PendingCredit credit;
            RecoveredTotals = AuditRecord.Decode(audit, out credit);
            RecoveredCredit = credit;
            KeepPermitsOf(credit);
            // Read once so that a torn or unreadable copy is reported at boot.
            CollectionsFile().Read(_store, CollectionFileNames, report.UnreadableFiles, report.TornFiles);
        }

        private void KeepPermitsOf(PendingCredit credit)
        {
            _creditPlateHash = credit != null && !credit.IsTest ? PermitTable.HashOf(credit.Plate) : NoCredit;
        }

        // Prune's exception: a permit the kept credit may describe.
        private bool HeldByCredit(PermitTable permits, int row)
        {
            return permits.PlateHash(row) == _creditPlateHash;
        }
    }
}
