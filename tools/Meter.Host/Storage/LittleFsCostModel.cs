namespace Meter.Host.Storage;

/// <summary>
/// What littlefs v2.11 programs and erases for each file operation, as nanoFramework's ESP32 firmware
/// configures it (esp_littlefs defaults: block 4096, prog 128, inline files up to 512 bytes, block_cycles
/// 512, an 8-byte mtime attribute on every file), modelled from its on-disk mechanics rather than a
/// per-operation constant. Two call sequences (<see cref="LittleFsStack"/>): the device's, where every open
/// is a commit, and plain littlefs's, where only a change is:
/// <list type="bullet">
/// <item>Each directory is a chain of metadata pairs holding its entries in name order. A change is a
/// commit appended to the pair's active block: its tags plus 20 bytes of CRC, padded to the 128-byte
/// program size. A delete commits a tag.</item>
/// <item>On the device (nanoFramework's ESP32 driver over esp_littlefs) a file is always opened writable,
/// fopen("r+") when it exists and "w+" when not, whatever the FileAccess, and esp_littlefs syncs it right
/// after opening; with the mtime attribute the file counts as dirty, so that sync is a real commit of its
/// struct (inline data up to 512 bytes, or a block pointer) and attribute. So reading a file is one
/// commit; rewriting one is two (the sync at open re-commits the old content, the truncation is free, the
/// close commits the new); creating one is three (the create at open, the sync, the close).</item>
/// <item>On plain littlefs a read commits nothing, a rewrite is one commit at close and a create two (at
/// open and at close).</item>
/// <item>A commit that does not fit compacts the pair: the other block is erased and the live entries
/// written afresh. Over half a block of live entries splits off a new pair (never merged back while it
/// holds anything; an emptied pair is dropped with a commit on the one before it). Every 513th
/// compaction of a pair moves it to a fresh block (block_cycles wear levelling).</item>
/// <item>Files over 512 bytes live in whole data blocks, erased when allocated; a rewrite is
/// copy-on-write. Blocks are allocated by a cursor that walks the disk, as littlefs's lookahead does.</item>
/// </list>
/// Calibrated against the real littlefs replaying our traces (see the README): within a few percent on
/// the single-operation table and the journal's recorded lifecycle.
/// </summary>
public sealed class LittleFsCostModel
{
    public const int BlockSize = 4096;
    public const int ProgSize = 128;
    public const int InlineMax = 512;
    public const int AttributeBytes = 8;
    public const int BlockCycles = 512;

    // Tags are 4 bytes; a commit ends with CRC and forward-CRC tags (5 words) padded to the program size.
    private const int Tag = 4;
    private const int CommitCrc = 20;
    private const int RevisionBytes = 4;
    private const int TailBytes = Tag + 8;
    private const int CtzBytes = 8;

    private readonly long[] _erases;
    private readonly bool[] _allocated;
    private readonly Dictionary<string, List<Pair>> _dirs = new(StringComparer.Ordinal);
    private int _cursor;

    public LittleFsCostModel(int blockCount, LittleFsStack stack = LittleFsStack.Device)
    {
        Stack = stack;
        _erases = new long[blockCount];
        _allocated = new bool[blockCount];
        // The superblock pair {0, 1} is the root directory's first pair, as lfs_format lays it out.
        _allocated[0] = _allocated[1] = true;
        _cursor = 2;
        var root = new Pair(0, 1);
        root.Entries.Add(new Entry("\0superblock", 24));
        _dirs[""] = new List<Pair> { root };
        Rewrite(root);
    }

    public int BlockCount => _erases.Length;

    /// <summary>Whose call sequence is costed: the device's (every open commits) or plain littlefs's.</summary>
    public LittleFsStack Stack { get; }

    public long ProgrammedBytes { get; private set; }

    /// <summary>Erases of blocks holding file data (files over the inline limit); the rest are metadata compactions.</summary>
    public long DataBlockErases { get; private set; }

    public long Erases => _erases.Sum();

    /// <summary>Erases of the most-erased block: the one that wears out first.</summary>
    public long HottestBlockErases => _erases.Max();


    public int FreeBlocks => _allocated.Count(a => !a);

    /// <summary>Metadata pairs holding a directory's entries.</summary>
    public int PairsOf(string dir) => _dirs.TryGetValue(dir, out var pairs) ? pairs.Count : 0;

    /// <summary>A directory, its entry in <paramref name="parent"/> (the root by default), e.g. "journal/s0" in "journal".</summary>
    public void MakeDirectory(string dir, string parent = "")
    {
        var pair = new Pair(Allocate(), Allocate());
        _dirs[dir] = new List<Pair> { pair };
        Rewrite(pair);
        string name = parent.Length == 0 ? dir : dir.Substring(parent.Length + 1);
        Commit(_dirs[parent], Insert(_dirs[parent], new Entry(name, CtzBytes)), Tag + Tag + name.Length + Tag + 8);
    }

    /// <summary>A whole file written: stat, open (creating it when missing), truncate, write, close.</summary>
    public void Write(string dir, string name, int size)
    {
        var pairs = _dirs[dir];
        int at = Locate(pairs, name, out var existing);
        bool compactedAtOpen = false;
        if (existing == null)
        {
            // Open with O_CREAT commits the new, empty entry at once.
            existing = new Entry(name, 0);
            compactedAtOpen = Commit(pairs, Insert(pairs, existing), Tag + Tag + name.Length + Tag);
            at = Locate(pairs, name, out _);
        }

        if (Stack == LittleFsStack.Device)
        {
            compactedAtOpen = SyncAtOpen(pairs, at, existing, compactedAtOpen);
            at = Locate(pairs, name, out _);
        }

        Free(existing);
        existing.Size = size;
        int structBytes = size <= InlineMax ? size : CtzBytes;
        if (size > InlineMax)
        {
            existing.DataBlocks = new int[(size + BlockSize - 1) / BlockSize];
            for (int i = 0; i < existing.DataBlocks.Length; i++)
            {
                existing.DataBlocks[i] = Allocate();
                Erase(existing.DataBlocks[i]);
                DataBlockErases++;
                ProgrammedBytes += RoundUp(Math.Min(BlockSize, size - i * BlockSize));
            }
        }

        // Close: the data (inline) or its block pointer, and the mtime attribute, in one commit. Measured on
        // littlefs 2.11: when the open's commit compacted the pair in place (no split), the open file's copy
        // of it is not taken as erased, so the close compacts it again.
        if (compactedAtOpen)
        {
            Compact(pairs, at);
        }
        else
        {
            Commit(pairs, at, Tag + structBytes + Tag + AttributeBytes);
        }
    }

    /// <summary>
    /// A whole file read: free on plain littlefs; on the device the open's sync commits the file's struct and
    /// attribute again. Nothing happens for a missing file (the open fails before any commit).
    /// </summary>
    public void Read(string dir, string name)
    {
        var pairs = _dirs[dir];
        int at = Locate(pairs, name, out var existing);
        if (existing != null && Stack == LittleFsStack.Device)
        {
            SyncAtOpen(pairs, at, existing, false);
        }
    }

    // esp_littlefs's sync right after a writable open: the file's struct as it stands and the mtime attribute.
    // Returns whether the pair was left compacted in place (the next commit then compacts it again, as after a create).
    // esp_littlefs only logs a sync that fails at open (no room to compact, LFS_ERR_NOSPC) and returns the file anyway:
    // a read still reads, and a write fails at its close if at all.
    private bool SyncAtOpen(List<Pair> pairs, int at, Entry entry, bool compactedBefore)
    {
        try
        {
            if (compactedBefore)
            {
                return !Compact(pairs, at);
            }

            return Commit(pairs, at, Tag + entry.StructBytes + Tag + AttributeBytes);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Delete(string dir, string name)
    {
        var pairs = _dirs[dir];
        int at = Locate(pairs, name, out var entry);
        if (entry == null)
        {
            return;
        }

        Free(entry);
        pairs[at].Entries.Remove(entry);
        if (pairs[at].Entries.Count == 0 && at > 0)
        {
            // An emptied pair is dropped: its predecessor's tail skips it.
            Release(pairs[at]);
            pairs.RemoveAt(at);
            Commit(pairs, at - 1, TailBytes);
            return;
        }

        Commit(pairs, at, Tag);
    }

    /// <summary>Rename within a directory: the entry moves (one commit where it lands, one where it left if elsewhere).</summary>
    public void Rename(string dir, string from, string to) => Rename(dir, from, dir, to);

    /// <summary>Rename, maybe into another directory: one commit where the entry lands, one where it left if elsewhere.</summary>
    public void Rename(string fromDir, string from, string toDir, string to)
    {
        var sourcePairs = _dirs[fromDir];
        var targetPairs = _dirs[toDir];
        int source = Locate(sourcePairs, from, out var entry);
        if (entry == null)
        {
            return;
        }

        sourcePairs[source].Entries.Remove(entry);
        var moved = new Entry(to, entry.Size) { DataBlocks = entry.DataBlocks };
        int target = Insert(targetPairs, moved);
        if (target != source || !ReferenceEquals(sourcePairs, targetPairs))
        {
            Commit(sourcePairs, source, Tag);
        }

        Commit(targetPairs, target, Tag + Tag + to.Length + Tag + moved.StructBytes + Tag + AttributeBytes);
    }

    private int Locate(List<Pair> pairs, string name, out Entry? entry)
    {
        for (int i = 0; i < pairs.Count; i++)
        {
            foreach (var candidate in pairs[i].Entries)
            {
                if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
                {
                    entry = candidate;
                    return i;
                }
            }
        }

        entry = null;
        return -1;
    }

    // Entries are kept in name order across the chain: a new one goes to the pair whose range holds its name.
    private static int Insert(List<Pair> pairs, Entry entry)
    {
        int at = 0;
        for (int i = 1; i < pairs.Count; i++)
        {
            if (pairs[i].Entries.Count > 0 && string.CompareOrdinal(pairs[i].Entries[0].Name, entry.Name) <= 0)
            {
                at = i;
            }
        }

        var list = pairs[at].Entries;
        int index = list.FindIndex(e => string.CompareOrdinal(e.Name, entry.Name) > 0);
        list.Insert(index < 0 ? list.Count : index, entry);
        return at;
    }

    // Appends a commit (the change already applied to the entries) to a pair, compacting, and maybe
    // splitting, when it does not fit. True when it compacted without splitting.
    private bool Commit(List<Pair> pairs, int at, int payload)
    {
        var pair = pairs[at];
        int bytes = RoundUp(payload + CommitCrc);
        if (pair.Used + bytes <= BlockSize)
        {
            pair.Used += bytes;
            ProgrammedBytes += bytes;
            return false;
        }

        return !Compact(pairs, at);
    }

    // True when it split.
    private bool Compact(List<Pair> pairs, int at)
    {
        var pair = pairs[at];
        // Split off tails of over half a block (littlefs halves the range until the tail fits).
        int begin = 0;
        int end = pair.Entries.Count;
        bool split = false;
        while (true)
        {
            int from = begin;
            while (end - from > 1)
            {
                if (end - from < 0xff && LiveBytes(pair.Entries, from, end) <= Math.Min(BlockSize - 40, RoundUp(BlockSize / 2)))
                {
                    break;
                }

                from += (end - from) / 2;
            }

            if (from == begin)
            {
                break;
            }

            split = true;
            var tail = new Pair(Allocate(), Allocate());
            tail.Entries.AddRange(pair.Entries.GetRange(from, end - from));
            pair.Entries.RemoveRange(from, end - from);
            tail.HasTail = pair.HasTail || at + 1 < pairs.Count;
            pair.HasTail = true;
            pairs.Insert(at + 1, tail);
            Rewrite(tail);
            end = from;
        }

        pair.HasTail = at + 1 < pairs.Count;
        pair.Revision++;
        if ((pair.Revision + 1) % ((BlockCycles + 1) | 1) == 0)
        {
            // Worn enough: the pair moves to a fresh block, and whoever points at it records the move.
            int fresh = Allocate();
            _allocated[pair.Blocks[1]] = false;
            pair.Blocks[1] = fresh;
            if (at > 0)
            {
                Commit(pairs, at - 1, TailBytes);
            }
        }

        Rewrite(pair);
        // Measured on littlefs 2.11: a pair compacted down to no entries is not found erased at the next
        // fetch, so the next commit compacts it again.
        pair.Used = pair.Entries.Count == 0 ? BlockSize : pair.Used;
        return split;
    }

    // Writes a pair's live entries into its other block, which becomes the active one.
    private void Rewrite(Pair pair)
    {
        (pair.Blocks[0], pair.Blocks[1]) = (pair.Blocks[1], pair.Blocks[0]);
        Erase(pair.Blocks[0]);
        int bytes = RoundUp(RevisionBytes + LiveBytes(pair.Entries, 0, pair.Entries.Count) + (pair.HasTail ? TailBytes : 0) + CommitCrc);
        ProgrammedBytes += bytes;
        pair.Used = bytes;
    }

    private static int LiveBytes(List<Entry> entries, int from, int to)
    {
        int bytes = 0;
        for (int i = from; i < to; i++)
        {
            bytes += entries[i].LiveBytes;
        }

        return bytes;
    }

    private int Allocate()
    {
        for (int n = 0; n < _allocated.Length; n++)
        {
            int block = (_cursor + n) % _allocated.Length;
            if (!_allocated[block])
            {
                _allocated[block] = true;
                _cursor = (block + 1) % _allocated.Length;
                return block;
            }
        }

        throw new IOException("littlefs is full (LFS_ERR_NOSPC)");
    }

    private void Free(Entry entry)
    {
        foreach (int block in entry.DataBlocks)
        {
            _allocated[block] = false;
        }

        entry.DataBlocks = Array.Empty<int>();
    }

    private void Release(Pair pair)
    {
        _allocated[pair.Blocks[0]] = false;
        _allocated[pair.Blocks[1]] = false;
    }

    private void Erase(int block) => _erases[block]++;

    private static int RoundUp(int bytes) => (bytes + ProgSize - 1) / ProgSize * ProgSize;

    private sealed class Pair(int first, int second)
    {
        public int[] Blocks { get; } = { first, second };

        public List<Entry> Entries { get; } = new();

        public int Used { get; set; }

        public int Revision { get; set; }

        public bool HasTail { get; set; }
    }

    private sealed class Entry(string name, int size)
    {
        public string Name { get; } = name;

        public int Size { get; set; } = size;

        public int[] DataBlocks { get; set; } = Array.Empty<int>();

        public int StructBytes => Size <= InlineMax ? Size : CtzBytes;

        // Name tag, struct tag (inline data or block pointer), the mtime attribute tag.
        public int LiveBytes => Tag + Name.Length + Tag + StructBytes + Tag + AttributeBytes;
    }
}
