using System.Globalization;
using Meter.Core.Journal;
using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>
/// littlefs as the meter sees it, in memory: a file exists only once its write completed (closed), rename
/// is atomic and refuses an existing target, delete is atomic. Power can be cut at the N-th changing
/// operation (write, rename, delete): that operation is lost (or, in torn mode, a write keeps only a
/// prefix, or with <see cref="EmptyFileOnCut"/> an empty file, as littlefs commits a create at open) and
/// everything after throws until <see cref="Remount"/>. One operation can also fail alone, the power
/// staying on (as pw_kvs's FakeFlashMemory injects errors), and reads of a named file can fail.
/// Counts operations, bytes and estimated 4 KiB block programs and erases, and can save the operation
/// trace for replay elsewhere.
/// </summary>
public sealed class SimulatedLittleFs : IFileStore
{
    /// <summary>The folder the journal's files live in, as on the device (I:\journal\).</summary>
    public const string Folder = "journal";

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly List<string> _trace = new();
    private readonly Random _random;
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private long _cutAt = -1;
    private long _failAt = -1;
    /// <summary>
    /// A store over <paramref name="blockCount"/> 4 KiB blocks (the default is roomy, for tests about other
    /// things); <paramref name="partitionFiles"/> places what else lives on the device's partition first.
    /// </summary>
    public SimulatedLittleFs(int seed = 1, int blockCount = 1024, bool partitionFiles = false, LittleFsStack stack = LittleFsStack.Device)
    {
        _random = new Random(seed);
        Flash = new LittleFsCostModel(blockCount, stack);
        if (partitionFiles)
        {
            // nf.config, secrets.config, the OPSCOM root CA (PEM) and nanoFramework's Wi-Fi configuration block.
            Flash.Write("", "nf.config", 2700);
            Flash.Write("", "secrets.config", 300);
            Flash.Write("", "opscom-root-ca.pem", 1900);
            Flash.Write("", "wireless.cfg", 200);
        }

        Flash.MakeDirectory(Folder);
        for (int i = 0; i < FolderSpread.Subfolders; i++)
        {
            Flash.MakeDirectory(Folder + "/" + FolderSpread.SubfolderName(i), Folder);
        }
    }

    /// <summary>The directory a file lives in on the device (<see cref="FolderSpread"/>), as the cost model names it.</summary>
    public static string DirectoryOf(string name) => Folder + "/" + FolderSpread.SubfolderOf(name);

    /// <summary>The device's littlefs partition: 256 KiB (64 blocks) holding the other files as well.</summary>
    public static SimulatedLittleFs Partition(int seed = 1, LittleFsStack stack = LittleFsStack.Device) => new(seed, 64, partitionFiles: true, stack);

    /// <summary>What real littlefs would program and erase for the operations so far (and whether it has room).</summary>
    public LittleFsCostModel Flash { get; }

    /// <summary>Changing operations so far (writes, renames, deletes), including the one a cut interrupted.</summary>
    public long Operations { get; private set; }

    public long BytesWritten { get; private set; }

    /// <summary>Files opened to be read (each a littlefs commit on the device).</summary>
    public long Reads { get; private set; }

    /// <summary>When set, the interrupted write keeps a random prefix of its bytes instead of nothing.</summary>
    public bool TornWrites { get; set; }

    /// <summary>
    /// When set, a write cut by the power leaves an empty file under its name: nanoFramework opens a file
    /// for writing with fopen("w+"), and littlefs commits the create at open, the data only at close.
    /// </summary>
    public bool EmptyFileOnCut { get; set; }

    public bool IsPoweredOff { get; private set; }

    public IReadOnlyList<string> Trace => _trace;

    /// <summary>Cuts the power at the changing operation with this 0-based index (counted from now on).</summary>
    public void CutPowerAtOperation(long index) => _cutAt = Operations + index;

    /// <summary>
    /// The changing operation with this 0-based index (counted from now on) fails with an IOException and
    /// changes nothing, as littlefs reports a program or erase error; the power stays on.
    /// </summary>
    public void FailOperation(long index) => _failAt = Operations + index;

    /// <summary>Reads of this file throw an IOException from now on, remounts included: a bad block under it.</summary>
    public void FailReadsOf(string name) => _unreadable.Add(name);

    /// <summary>The power goes now, between operations (another part on the same supply saw the cut).</summary>
    public void CutPowerNow() => IsPoweredOff = true;

    /// <summary>Power returns: the store is usable again with whatever was committed.</summary>
    public void Remount()
    {
        IsPoweredOff = false;
        _cutAt = -1;
    }

    public string[] List()
    {
        ThrowIfOff();
        return _files.Keys.ToArray();
    }

    public byte[]? Read(string name, int maximumBytes)
    {
        ThrowIfOff();
        if (_unreadable.Contains(name))
        {
            throw new IOException("read error in " + name);
        }

        if (!_files.TryGetValue(name, out var data))
        {
            return null;
        }

        Reads++;
        _trace.Add("read " + name);
        Flash.Read(DirectoryOf(name), name);
        return data.Length <= maximumBytes ? (byte[])data.Clone()
            : throw new IOException($"{name} has {data.Length} bytes, more than the {maximumBytes} allowed");
    }

    /// <summary>Test hook: a file's bytes without counting, failing or a size cap; null when missing.</summary>
    public byte[]? Peek(string name) => _files.TryGetValue(name, out var data) ? (byte[])data.Clone() : null;

    public void Write(string name, byte[] data, int count)
    {
        Change($"write {name} {count}", count, () =>
        {
            if (_files.ContainsKey(name))
            {
                throw new IOException("file exists: " + name);
            }

            Flash.Write(DirectoryOf(name), name, count);
            _files[name] = data.AsSpan(0, count).ToArray();
        }, () =>
        {
            if (TornWrites && !_files.ContainsKey(name))
            {
                _files[name] = data.AsSpan(0, _random.Next(0, count)).ToArray();
            }
            else if (EmptyFileOnCut && !_files.ContainsKey(name))
            {
                _files[name] = Array.Empty<byte>();
            }
        });
    }

    public void Replace(string name, byte[] data, int count)
    {
        Change($"write {name} {count}", count, () =>
        {
            Flash.Write(DirectoryOf(name), name, count);
            _files[name] = data.AsSpan(0, count).ToArray();
        }, () =>
        {
            // littlefs replaces the content at close: a cut before keeps the old one (or, for a file that
            // did not exist, leaves it empty). Torn mode is harsher: a prefix of the new content, old gone.
            if (TornWrites)
            {
                _files[name] = data.AsSpan(0, _random.Next(0, count)).ToArray();
            }
            else if (EmptyFileOnCut && !_files.ContainsKey(name))
            {
                _files[name] = Array.Empty<byte>();
            }
        });
    }

    public void Rename(string from, string to)
    {
        Change($"rename {from} {to}", 0, () =>
        {
            if (!_files.TryGetValue(from, out var data))
            {
                throw new FileNotFoundException("no file " + from);
            }

            if (_files.ContainsKey(to))
            {
                throw new IOException("target exists: " + to);
            }

            Flash.Rename(DirectoryOf(from), from, DirectoryOf(to), to);
            _files.Remove(from);
            _files[to] = data;
        }, () => { });
    }

    public void Delete(string name) => Change($"delete {name}", 0, () =>
    {
        Flash.Delete(DirectoryOf(name), name);
        _files.Remove(name);
    }, () => { });

    /// <summary>Test hook: flips bits of one byte of a file, as flash wear or a bad write would.</summary>
    public void FlipByte(string name, int index) => _files[name][index] ^= 0x5A;

    /// <summary>Test hook: keeps only the first bytes of a file.</summary>
    public void Truncate(string name, int length) => _files[name] = _files[name].AsSpan(0, length).ToArray();

    /// <summary>Test hook: places a file without counting an operation.</summary>
    public void Put(string name, byte[] data) => _files[name] = (byte[])data.Clone();

    /// <summary>Saves the trace, one operation a line: "write PATH BYTES", "read PATH", "rename FROM TO", "delete PATH".</summary>
    public void SaveTrace(string path) => File.WriteAllLines(path, _trace);

    private void Change(string description, int bytes, Action apply, Action tear)
    {
        ThrowIfOff();
        long index = Operations++;
        _trace.Add(description);
        if (index == _cutAt)
        {
            tear();
            IsPoweredOff = true;
            throw new PowerCutException(string.Create(CultureInfo.InvariantCulture, $"power cut during operation {index}: {description}"));
        }

        if (index == _failAt)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"flash error during operation {index}: {description}"));
        }

        apply();
        BytesWritten += bytes;
    }

    private void ThrowIfOff()
    {
        if (IsPoweredOff)
        {
            throw new PowerCutException("the power is off");
        }
    }
}
