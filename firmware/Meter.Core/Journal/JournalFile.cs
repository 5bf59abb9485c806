namespace Meter.Core.Journal
{
    /// <summary>
    /// What the journal remembers of one file on flash: its generation, size and which permits it holds
    /// versions of. A generation file ("00000042.jnl") is written once and deleted when nothing needs it; a
    /// ring file ("r007.jnl") is rewritten in place with each new change once nothing needs what it held,
    /// which littlefs does with one metadata commit instead of a create (two) and a delete (one).
    /// </summary>
    internal sealed class JournalFile
    {
        private int[] _seqs = new int[4];

        public JournalFile(int gen, int size, int ring)
        {
            Gen = gen;
            Size = size;
            Ring = ring;
        }

        /// <summary>The ring file's number, or -1 for a generation file.</summary>
        public int Ring { get; private set; }

        public string Name
        {
            get { return Ring >= 0 ? RingNameOf(Ring) : NameOf(Gen); }
        }

        /// <summary>Length of <see cref="Name"/> without building it: "r007.jnl", "00000042.jnl" or, past eight digits, "123456789.jnl".</summary>
        public int NameLength
        {
            get { return Ring >= 0 ? 8 : GenerationDigits(Gen) + 4; }
        }

        /// <summary>Files are written with increasing generations; a later generation's version of a permit wins.</summary>
        public int Gen { get; private set; }

        public int Size { get; private set; }

        public int Count { get; private set; }

        public int SeqAt(int index)
        {
            return _seqs[index];
        }

        public bool Contains(int seq)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_seqs[i] == seq)
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(int seq)
        {
            if (Count == _seqs.Length)
            {
                int[] bigger = new int[_seqs.Length * 2];
                System.Array.Copy(_seqs, bigger, Count);
                _seqs = bigger;
            }

            _seqs[Count++] = seq;
        }

        /// <summary>
        /// "00000042.jnl": at least eight digits, more once a generation needs them ("100000000.jnl"). The loader
        /// orders files by the number, never by the name, so the width may grow. Generations are ints and never
        /// wrap: 2^31 changes is at least 2^31 littlefs commits of 128 bytes or more, ten times what the 256 KiB
        /// partition's blocks can take (64 blocks x 4 KiB x 100,000 erase cycles); the flash wears out first.
        /// </summary>
        public static string NameOf(int gen)
        {
            string digits = gen.ToString();
            return digits.Length >= 8 ? digits + ".jnl" : "00000000".Substring(digits.Length) + digits + ".jnl";
        }

        // Digits in a generation file's name: eight, or the number's own when longer.
        private static int GenerationDigits(int gen)
        {
            int digits = 8;
            for (long limit = 100000000; gen >= limit && digits < 10; limit *= 10)
            {
                digits++;
            }

            return digits;
        }

        /// <summary>"r007.jnl".</summary>
        public static string RingNameOf(int ring)
        {
            string digits = ring.ToString();
            return "r" + "000".Substring(digits.Length) + digits + ".jnl";
        }

        /// <summary>The ring file number a name stands for, or -1 for any other name.</summary>
        public static int RingOf(string name)
        {
            if (name.Length != 8 || name[0] != 'r' || !name.EndsWith(".jnl"))
            {
                return -1;
            }

            int ring = 0;
            for (int i = 1; i < 4; i++)
            {
                if (name[i] < '0' || name[i] > '9')
                {
                    return -1;
                }

                ring = ring * 10 + (name[i] - '0');
            }

            return ring;
        }

        /// <summary>The generation a journal file name stands for, or -1 for any other name.</summary>
        public static int GenOf(string name)
        {
            if (name.Length < 12 || name.Length > 14 || !name.EndsWith(".jnl"))
            {
                return -1;
            }

            long gen = 0;
            for (int i = 0; i < name.Length - 4; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                gen = gen * 10 + (c - '0');
            }

            // Longer names never start with a zero (NameOf pads only to eight), and nothing past int is ours.
            return gen > int.MaxValue || (name.Length > 12 && name[0] == '0') ? -1 : (int)gen;
        }
    }
}
