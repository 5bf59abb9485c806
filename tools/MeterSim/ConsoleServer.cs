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
            var session = new ConsoleSession();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
            var meter = _meter();
            writer.Write("meter " + meter.Config.Meter.Id + " console; 'help' lists commands\n> ");
            try
            {
                // Lines are bounded by the console itself; a client that never sends a newline is cut at 4 KiB.
                var line = new StringBuilder();
                int c;
                while ((c = reader.Read()) >= 0)
                {
                    if (c == '\r')
                    {
                        continue;
                    }

                    if (c != '\n' && line.Length < 4096)
                    {
                        line.Append((char)c);
                        continue;
                    }

                    meter = _meter();
                    writer.Write(meter.Console.Execute(session, line.ToString(), meter.Clock.UtcMs) + (session.AwaitingPin ? "PIN> " : "> "));
                    line.Clear();
                }
            }
            catch (IOException)
            {
            }
        }
    }
}
