// Declarations only (see README.md): nanoFramework.System.Threading 1.1.52.
namespace System.Threading
{
    public struct CancellationToken
    {
        public bool IsCancellationRequested { get { throw new NotImplementedException(); } }
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) { throw new NotImplementedException(); }

        public CancellationToken Token { get { throw new NotImplementedException(); } }

        public void Dispose() { throw new NotImplementedException(); }
    }
}
