using System.Net;
using System.Net.Sockets;
using System.Text;
using Meter.Core.Operator;

namespace MeterSim;

/// <summary>
/// The operator console on a loopback TCP port, standing in for the meter's serial port: open it with
/// `nc 127.0.0.1 2323` (or telnet, or picocom on a socat pty). One session per connection.
/// </summary>
public sealed class ConsoleServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<MeterSimulation> _meter;
    private readonly CancellationTokenSource _stop = new();

    public ConsoleServer(int port, Func<MeterSimulation> meter)
    {
        _meter = meter;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        {
            // The device's line discipline; no echo: nc and telnet echo locally, as a serial terminal does not.
            var terminal = new ConsoleTerminal(new CurrentMeterCommands(_meter), MaximumLine(), echo: false);
            using var stream = client.GetStream();
            var received = new byte[256];
            try
            {
                Send(stream, terminal.Greeting());
                int count;
                while ((count = stream.Read(received, 0, received.Length)) > 0)
                {
                    Send(stream, terminal.Feed(received, 0, count, _meter().Clock.UtcMs));
                }
            }
            catch (IOException)
            {
            }
        }
    }

    private int MaximumLine() => _meter().IsConfigured ? _meter().Config.Console.MaximumLine : 120;

    private static void Send(NetworkStream stream, string text)
    {
        if (text.Length > 0)
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
