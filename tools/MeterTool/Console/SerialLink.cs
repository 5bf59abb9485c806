using System.IO.Ports;

namespace MeterTool.Console;

/// <summary>
/// The meter's console port (the USB-serial cable, or a simulator's pseudo-terminal), with the errors a
/// technician meets said plainly: a port that is not there, one another program holds.
/// </summary>
public sealed class SerialLink : IDisposable
{
    private readonly SerialPort _port;

    private SerialLink(SerialPort port)
    {
        _port = port;
    }

    /// <summary>The port's name or path.</summary>
    public string Name => _port.PortName;

    /// <summary>Opens the port at <paramref name="baud"/> 8N1; throws <see cref="PortException"/> saying what is wrong.</summary>
    public static SerialLink Open(string name, int baud)
    {
        if (!OperatingSystem.IsWindows() && !File.Exists(name))
        {
            throw new PortException(name + " not found: is the cable plugged in? (on Linux: ls /dev/ttyUSB* /dev/ttyACM*)");
        }

        var port = new SerialPort(name, baud, Parity.None, 8, StopBits.One) { ReadTimeout = 200, WriteTimeout = 2000 };
        try
        {
            port.Open();
        }
        catch (UnauthorizedAccessException)
        {
            port.Dispose();
            throw new PortException(name + " is in use by another program, or you may not open it (on Linux: join the dialout group)");
        }
        catch (IOException error)
        {
            port.Dispose();
            throw new PortException(name + " cannot be opened: " + error.Message);
        }

        port.DiscardInBuffer();
        return new SerialLink(port);
    }

    /// <summary>Reads what has arrived, waiting up to the read timeout; 0 when nothing came. Throws IOException when the port went away.</summary>
    public int Read(byte[] buffer)
    {
        try
        {
            return _port.Read(buffer, 0, buffer.Length);
        }
        catch (TimeoutException)
        {
            return 0;
        }
        catch (InvalidOperationException error)
        {
            throw new IOException(Name + " closed", error);
        }
    }

    /// <summary>Sends bytes as they are (text is UTF-8). Throws IOException when the port went away.</summary>
    public void Write(byte[] data)
    {
        try
        {
            _port.Write(data, 0, data.Length);
        }
        catch (InvalidOperationException error)
        {
            throw new IOException(Name + " closed", error);
        }
    }

    public void Dispose() => _port.Dispose();
}
