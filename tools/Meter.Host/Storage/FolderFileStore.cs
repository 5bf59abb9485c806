using Meter.Core.Storage;

namespace Meter.Host.Storage;

/// <summary>
/// The file-store port on a real folder, for the simulator. A write goes to a temporary file that is
/// flushed to disk and then renamed into place, so like littlefs a file either exists whole or not at all.
/// </summary>
public sealed class FolderFileStore : IFileStore
{
    private const string TemporarySuffix = ".writing";
    private readonly string _folder;

    public FolderFileStore(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string[] List() =>
        Directory.EnumerateFiles(_folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    public byte[]? Read(string name, int maximumBytes)
    {
        var file = new FileInfo(PathOf(name));
        if (!file.Exists)
        {
            return null;
        }

        return file.Length <= maximumBytes ? File.ReadAllBytes(file.FullName)
            : throw new IOException($"{name} has {file.Length} bytes, more than the {maximumBytes} allowed");
    }

    public void Write(string name, byte[] data, int count)
    {
        string path = PathOf(name);
        if (File.Exists(path))
        {
            throw new IOException("file exists: " + name);
        }

        string temporary = path + TemporarySuffix;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(data, 0, count);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: false);
    }

    public void Replace(string name, byte[] data, int count)
    {
        string path = PathOf(name);
        string temporary = path + TemporarySuffix;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(data, 0, count);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Rename(string from, string to) => File.Move(PathOf(from), PathOf(to), overwrite: false);

    public void Delete(string name) => File.Delete(PathOf(name));

    private string PathOf(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException("not a plain file name: " + name);
        }

        return Path.Combine(_folder, name);
    }
}
