using System.Text;

namespace MeterTool.Console;

/// <summary>
/// An operator at the meter's console: lines edited locally (<see cref="LineEditor"/>) and sent whole,
/// the meter's answers printed as they come (its echo of the line dropped), the PIN typed as stars.
/// When the cable goes (the port errors or disappears) it says so and reopens the port as soon as it is
/// back, asking for a fresh prompt; Ctrl-C (or Ctrl-D on an empty line) leaves.
/// </summary>
public sealed class InteractiveConsole
{
    private const int ReconnectPollMs = 300;

    private readonly string _port;
    private readonly int _baud;
    private readonly TextWriter _output;
    private readonly LineEditor _editor;
    private readonly EchoFilter _echo = new();
    private readonly object _gate = new();
    private SerialLink? _link;
    private volatile bool _leaving;
    private volatile bool _awaitingPin;

    public InteractiveConsole(string port, int baud, Func<ConsoleKeyInfo> readKey, TextWriter output)
    {
        _port = port;
        _baud = baud;
        _output = TextWriter.Synchronized(output);
        _editor = new LineEditor(readKey, _output);
    }

    /// <summary>Runs until the operator leaves; throws <see cref="PortException"/> when the port cannot be opened at the start.</summary>
    public int Run()
    {
        Connect(SerialLink.Open(_port, _baud));
        _output.Write("(connected to " + _port + "; Ctrl-C leaves)\r\n");
        Send("");
        var watcher = new Thread(KeepConnected) { IsBackground = true, Name = "console reconnect" };
        watcher.Start();
        try
        {
            string? line;
            while ((line = _editor.ReadLine(() => _awaitingPin)) != null)
            {
                if (!Send(line))
                {
                    _output.Write("(not connected: line not sent)\r\n");
                }
            }
        }
        finally
        {
            if (_awaitingPin)
            {
                // Leaving at PIN>: an empty line cancels the meter's prompt, so the next operator's command is not taken for a PIN.
                Send("");
            }

            _leaving = true;
            lock (_gate)
            {
                _link?.Dispose();
                _link = null;
            }
        }

        return ExitCodes.Ok;
    }

    private bool Send(string line)
    {
        lock (_gate)
        {
            if (_link == null)
            {
                return false;
            }

            try
            {
                if (_awaitingPin || line.Length == 0)
                {
                    _echo.Clear();
                }
                else
                {
                    _echo.Expect(line);
                }

                _awaitingPin = false;
                _link.Write(Encoding.UTF8.GetBytes(line + "\r"));
                return true;
            }
            catch (IOException)
            {
                Lost();
                return false;
            }
        }
    }

    private void Connect(SerialLink link)
    {
        lock (_gate)
        {
            _link = link;
        }

        new Thread(() => Read(link)) { IsBackground = true, Name = "console reader" }.Start();
    }

    private void Read(SerialLink link)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[1024];
        var chars = new char[1024];
        try
        {
            while (!_leaving)
            {
                int count = link.Read(bytes);
                if (count > 0)
                {
                    string text = _echo.Pass(new string(chars, 0, decoder.GetChars(bytes, 0, count, chars, 0)));
                    if (text.Length > 0)
                    {
                        _awaitingPin = text.EndsWith("PIN> ", StringComparison.Ordinal);
                        _output.Write(text);
                    }
                }
                else if (!OperatingSystem.IsWindows() && !File.Exists(_port))
                {
                    throw new IOException(_port + " went away");
                }
            }
        }
        catch (IOException)
        {
            lock (_gate)
            {
                if (ReferenceEquals(_link, link))
                {
                    Lost();
                }
            }
        }
    }

    // Called under _gate.
    private void Lost()
    {
        if (_link == null || _leaving)
        {
            return;
        }

        _link.Dispose();
        _link = null;
        _output.Write("\r\n(connection lost: waiting for " + _port + " to come back; Ctrl-C leaves)\r\n");
    }

    private void KeepConnected()
    {
        while (!_leaving)
        {
            Thread.Sleep(ReconnectPollMs);
            bool connected;
            lock (_gate)
            {
                connected = _link != null;
            }

            if (connected)
            {
                continue;
            }

            try
            {
                Connect(SerialLink.Open(_port, _baud));
                _output.Write("(reconnected to " + _port + ")\r\n");
                Send("");
            }
            catch (PortException)
            {
                // Not back yet.
            }
        }
    }
}
