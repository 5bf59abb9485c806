using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Meter.Host.Terminal;

/// <summary>
/// A pseudo-terminal pair (Linux, macOS): the host plays the device on the master side, and any serial
/// client (picocom, tio, MeterTool console) opens <see cref="Path"/> exactly as it opens a USB serial
/// port. Written by hand over libc because no maintained NuGet package offers a pty on Linux; the
/// device never needs it. The slave side is set raw (no echo, no line buffering, like a UART) and kept
/// open here, so the pair survives a client that leaves and comes back, as a serial port does.
/// </summary>
public sealed class PseudoTerminal : IDisposable
{
    private readonly int _slave;
    private bool _disposed;

    private PseudoTerminal(int master, int slave, string path)
    {
        _slave = slave;
        Path = path;
        Master = new FileStream(new SafeFileHandle(master, ownsHandle: true), FileAccess.ReadWrite, bufferSize: 0);
    }

    /// <summary>The slave's path (e.g. /dev/pts/3): what a serial client opens.</summary>
    public string Path { get; }

    /// <summary>The device side: what the client writes is read here, what is written here the client reads.</summary>
    public FileStream Master { get; }

    /// <summary>Opens a new pair; throws PlatformNotSupportedException on Windows and IOException when the system refuses.</summary>
    public static PseudoTerminal Open()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("pseudo-terminals need Linux or macOS; on Windows use a virtual COM pair (com0com)");
        }

        int readWriteNoControllingTerminal = 2 | (OperatingSystem.IsMacOS() ? 0x20000 : 0x100);
        int master = Native.posix_openpt(readWriteNoControllingTerminal);
        Check(master, "posix_openpt");
        try
        {
            Check(Native.grantpt(master), "grantpt");
            Check(Native.unlockpt(master), "unlockpt");
            string path = SlaveName(master);
            int slave = Native.open(path, readWriteNoControllingTerminal);
            Check(slave, "open " + path);
            var attributes = new byte[256]; // struct termios is 60 bytes on Linux, 72 on macOS: room for either.
            Check(Native.tcgetattr(slave, attributes), "tcgetattr");
            Native.cfmakeraw(attributes);
            Check(Native.tcsetattr(slave, 0, attributes), "tcsetattr");
            return new PseudoTerminal(master, slave, path);
        }
        catch
        {
            Native.close(master);
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Master.Dispose();
        Native.close(_slave);
    }

    private static string SlaveName(int master)
    {
        var name = new byte[128];
        Check(Native.ptsname_r(master, name, name.Length) == 0 ? 0 : -1, "ptsname_r");
        return System.Text.Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new IOException(call + " failed (errno " + Marshal.GetLastPInvokeError() + ")");
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int posix_openpt(int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int grantpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int unlockpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int ptsname_r(int fd, byte[] buffer, int length);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        public static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcgetattr(int fd, byte[] attributes);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcsetattr(int fd, int when, byte[] attributes);

        [DllImport("libc")]
        public static extern void cfmakeraw(byte[] attributes);
    }
}
