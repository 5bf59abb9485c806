// Declarations only (see README.md): nanoFramework.System.IO.FileSystem 1.1.93.
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public abstract class FileSystemInfo
    {
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        private DirectoryInfo() { throw new NotImplementedException(); }
    }

    public static class Directory
    {
        public static DirectoryInfo CreateDirectory(string path) { throw new NotImplementedException(); }

        public static bool Exists(string path) { throw new NotImplementedException(); }

        public static string[] GetFiles(string path) { throw new NotImplementedException(); }
    }

    public static class File
    {
        public static void Delete(string path) { throw new NotImplementedException(); }

        public static bool Exists(string path) { throw new NotImplementedException(); }

        /// <summary>Throws IOException when the destination exists.</summary>
        public static void Move(string sourceFileName, string destFileName) { throw new NotImplementedException(); }

        public static byte[] ReadAllBytes(string path) { throw new NotImplementedException(); }

        public static string ReadAllText(string path) { throw new NotImplementedException(); }

        public static void WriteAllBytes(string path, byte[] bytes) { throw new NotImplementedException(); }

        public static void WriteAllText(string path, string contents) { throw new NotImplementedException(); }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) { throw new NotImplementedException(); }

        public override long Length { get { throw new NotImplementedException(); } }

        public override int Read(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        public override void Write(byte[] buffer, int offset, int count) { throw new NotImplementedException(); }

        public override void Flush() { throw new NotImplementedException(); }

        public override long Seek(long offset, SeekOrigin origin) { throw new NotImplementedException(); }
    }
}
