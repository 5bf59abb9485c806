using System.Text;
using Meter.Core.Operator;
using Meter.Host.Terminal;

namespace MeterSim;

/// <summary>
/// The operator console on a pseudo-terminal, as the device serves it on its UART: the same line
/// discipline (<see cref="ConsoleTerminal"/> with echo and CR LF), one session for as long as the
/// "port" exists, whoever attaches. picocom, tio or MeterTool console open <see cref="Path"/>.
/// </summary>
public sealed class PtyConsole : IDisposable
{
    private readonly PseudoTerminal _pty;
    private readonly Func<MeterSimulation> _meter;
    private readonly Thread _reader;
    private volatile bool _stopping;

    public PtyConsole(Func<MeterSimulation> meter)
    {
        _meter = meter;
        _pty = PseudoTerminal.Open();
        _reader = new Thread(Serve) { IsBackground = true, Name = "console pty" };
        _reader.Start();
    }

    /// <summary>The terminal's path, e.g. /dev/pts/4.</summary>
    public string Path => _pty.Path;

    public void Dispose()
    {
        _stopping = true;
        _pty.Dispose();
    }

    private void Serve()
    {
        int maximumLine = _meter().IsConfigured ? _meter().Config.Console.MaximumLine : 120;
        var terminal = new ConsoleTerminal(new CurrentMeterCommands(_meter), maximumLine, echo: true);
        var received = new byte[256];
        try
        {
            // As the device does at boot: the greeting goes out whether anyone listens yet.
            Send(terminal.Greeting());
            while (!_stopping)
            {
                int count = _pty.Master.Read(received, 0, received.Length);
                if (count <= 0)
                {
                    Thread.Sleep(20);
                    continue;
                }

                Send(terminal.Feed(received, 0, count, _meter().Clock.UtcMs));
            }
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
        }
    }

    private void Send(string text)
    {
        if (text.Length > 0)
        {
            _pty.Master.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
