// Declarations only (see README.md): nanoFramework.System.IO.Streams 1.1.96.
namespace System.IO
{
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }

    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract long Length { get; }

        public abstract int Read(byte[] buffer, int offset, int count);

        public virtual int ReadByte() { throw new NotImplementedException(); }

        public abstract void Write(byte[] buffer, int offset, int count);

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public void Dispose() { throw new NotImplementedException(); }
    }
}
