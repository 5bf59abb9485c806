namespace Meter.Core.Journal
{
    /// <summary>
    /// A permit number the journal knows: its current state (null once pruned) and which files still hold
    /// versions of it. A pruned permit's slot stays until those files are gone, so that deleting files can
    /// never bring an older version back to life at the next boot.
    /// </summary>
    internal sealed class JournalSlot
    {
        private int[] _gens = new int[2];

        public JournalSlot(int seq)
        {
            Seq = seq;
        }

        public int Seq { get; private set; }

        /// <summary>The permit as it stands; null after pruning.</summary>
        public PermitRecord Record { get; set; }

        /// <summary>Generation of the file holding the newest full version; later acknowledgement entries apply on top.</summary>
        public int LatestFullGen { get; set; }

        public int GenCount { get; private set; }

        /// <summary>Which compaction last rewrote this permit (so one compaction writes it once).</summary>
        public int CompactionMark { get; set; }

        public int GenAt(int index)
        {
            return _gens[index];
        }

        public int NewestGen
        {
            get
            {
                int newest = 0;
                for (int i = 0; i < GenCount; i++)
                {
                    newest = _gens[i] > newest ? _gens[i] : newest;
                }

                return newest;
            }
        }

        public void AddGen(int gen)
        {
            for (int i = 0; i < GenCount; i++)
            {
                if (_gens[i] == gen)
                {
                    return;
                }
            }

            if (GenCount == _gens.Length)
            {
                int[] bigger = new int[_gens.Length * 2];
                System.Array.Copy(_gens, bigger, GenCount);
                _gens = bigger;
            }

            _gens[GenCount++] = gen;
        }

        public void RemoveGen(int gen)
        {
            for (int i = 0; i < GenCount; i++)
            {
                if (_gens[i] == gen)
                {
                    _gens[i] = _gens[--GenCount];
                    return;
                }
            }
        }

        /// <summary>
        /// Whether the version in file <paramref name="gen"/> may be deleted: for a live permit, when a newer
        /// full version exists; for a pruned one, when it is not the last file holding it or is the only one.
        /// </summary>
        public bool CanForget(int gen)
        {
            if (Record != null)
            {
                return gen < LatestFullGen;
            }

            return GenCount <= 1 || gen != NewestGen;
        }
    }
}
