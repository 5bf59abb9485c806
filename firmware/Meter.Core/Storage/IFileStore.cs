namespace Meter.Core.Storage
{
    /// <summary>
    /// The file-store port, shaped like littlefs on the device: whole small files, contents durable once a
    /// write returns (the stream was closed), atomic rename that refuses an existing target (as
    /// nanoFramework's File.Move does), delete, and a listing of one folder. Failures throw.
    /// </summary>
    public interface IFileStore
    {
        /// <summary>Names of the files in the store's folder (no paths).</summary>
        string[] List();

        /// <summary>
        /// The whole file, or null when it does not exist. Throws (reading nothing) when the file is larger
        /// than <paramref name="maximumBytes"/>: the device heap cannot take whatever a folder holds.
        /// </summary>
        byte[] Read(string name, int maximumBytes);

        /// <summary>Creates a file with these bytes, committed when the call returns. The name must be new.</summary>
        void Write(string name, byte[] data, int count);

        /// <summary>
        /// Replaces a file's whole content (creating it when missing), committed when the call returns. On
        /// littlefs the new content replaces the old atomically at close: a power cut before leaves the old.
        /// </summary>
        void Replace(string name, byte[] data, int count);

        /// <summary>Atomically renames; throws when <paramref name="to"/> exists.</summary>
        void Rename(string from, string to);

        /// <summary>Deletes a file; deleting a missing file is not an error.</summary>
        void Delete(string name);
    }
}
