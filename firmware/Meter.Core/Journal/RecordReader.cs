using Meter.Core.Storage;

namespace Meter.Core.Journal
{
    /// <summary>
    /// Reads a permit back from FRAM or flash when it is worked on (the journal keeps only numbers in RAM): its
    /// newest full version, then any acknowledgement written after it. Keeps the last file it read (by its index
    /// entry: a rewritten ring file gets a new one, so the cache never serves old bytes), since a
    /// compaction reads many permits from the same batch.
    /// </summary>
    internal sealed class RecordReader
    {
        private readonly IFileStore _store;
        private readonly string _meterId;
        private JournalFile _lastFile;
        private byte[] _lastData;

        public RecordReader(IFileStore store, string meterId)
        {
            _store = store;
            _meterId = meterId;
        }

        public PermitRecord Load(JournalIndex index, int row)
        {
            PermitTable permits = index.Permits;
            int seq = permits.SeqAt(row);
            int fullGen = permits.LatestFullGen(row);
            PermitRecord record = Find(index.FileOf(fullGen), seq, PermitCodec.KindFull, null);
            if (record == null)
            {
                throw new JournalException("permit " + _meterId + "-" + seq.ToString() + " cannot be read back from flash");
            }

            if (permits.NewestGen(row) > fullGen)
            {
                // Acknowledgements after the full version: in the few newest files, applied oldest first.
                int first = index.FileCount;
                while (first > 0 && index.FileAt(first - 1).Gen > fullGen)
                {
                    first--;
                }

                for (int i = first; i < index.FileCount; i++)
                {
                    JournalFile file = index.FileAt(i);
                    if (file.Contains(seq))
                    {
                        Find(file, seq, PermitCodec.KindAcknowledged, record);
                    }
                }
            }

            record.PermitNo = _meterId + "-" + seq.ToString();
            record.Attempts = permits.AttemptsAt(row);
            record.NextAttemptMs = permits.NextAttemptMs(row);
            record.PushMayHaveLanded = permits.MayHaveLanded(row);
            return record;
        }

        // The full entry for seq (decoded), or applies the acknowledgement for seq to the record given.
        private PermitRecord Find(JournalFile file, int seq, int kind, PermitRecord acknowledged)
        {
            byte[] data = Read(file);
            int position = file != null && file.Ring >= 0 ? PermitCodec.GenerationHeaderBytes : 0;
            while (data != null && position < data.Length)
            {
                int length = PermitCodec.ValidLength(data, position, data.Length);
                if (length == 0)
                {
                    position++;
                    continue;
                }

                if (PermitCodec.Seq(data, position) == seq && PermitCodec.Kind(data, position) == kind)
                {
                    if (kind == PermitCodec.KindFull)
                    {
                        return PermitCodec.DecodeFull(data, position, length);
                    }

                    string referenceId = PermitCodec.DecodeAcknowledged(data, position, length);
                    if (referenceId != null)
                    {
                        PermitJournal.ApplyAcknowledgement(acknowledged, referenceId);
                    }

                    return acknowledged;
                }

                position += length;
            }

            return null;
        }

        private byte[] Read(JournalFile file)
        {
            if (file == null)
            {
                return null;
            }

            if (file != _lastFile)
            {
                _lastData = _store.Read(file.Name, JournalLoader.MaximumFileBytes);
                _lastFile = file;
            }

            return _lastData;
        }
    }
}
