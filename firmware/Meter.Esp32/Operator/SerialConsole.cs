using System;
using System.IO.Ports;
using Meter.Core.Operator;
using Meter.Core.Supervision;
using Meter.Core.Time;
using Meter.Core.Diagnostics;

namespace Meter.Esp32.Operator
{
    /// <summary>
    /// The operator console on a UART (COM2 by default: COM1 is nanoFramework's own debug and deploy
    /// channel) through a USB-serial cable. Bytes go to the core's line discipline, which echoes, edits,
    /// bounds lines and drops noise; its answers go back. A UART has no "cable unplugged": writes go
    /// out whether anyone listens, so an operator who plugs in later just presses Enter for a prompt.
    /// A port that fails is closed, logged and opened again a second later.
    /// </summary>
    public sealed class SerialConsole
    {
        private const int PollMs = 20;
        private const int ReopenMs = 1000;

        private readonly string _portName;
        private readonly int _baud;
        private readonly ConsoleTerminal _terminal;
        private readonly IClock _clock;
        private readonly MeterLog _log;
        private readonly byte[] _received = new byte[64];

        public SerialConsole(string portName, int baud, ConsoleTerminal terminal, IClock clock, MeterLog log)
        {
            _portName = portName;
            _baud = baud;
            _terminal = terminal;
            _clock = clock;
            _log = log;
        }

        /// <summary>The console thread's body; <paramref name="watch"/> sees each batch of input handled.</summary>
        public void Run(IStopSignal stop, LoopWatch watch)
        {
            string lastProblem = "";
            while (!stop.WaitForStop(0))
            {
                SerialPort port = null;
                try
                {
                    port = new SerialPort(_portName, _baud);
                    port.ReadTimeout = 100;
                    port.WriteTimeout = 1000;
                    port.Open();
                    port.Write(_terminal.Greeting());
                    Serve(port, stop, watch);
                    return;
                }
                catch (Exception error)
                {
                    watch.PassEnded();
                    if (error.Message != lastProblem)
                    {
                        lastProblem = error.Message;
                        _log.Add(_clock.UtcMs, "console: " + _portName + " failed, " + error.Message);
                    }
                }
                finally
                {
                    if (port != null)
                    {
                        port.Dispose();
                    }
                }

                if (stop.WaitForStop(ReopenMs))
                {
                    return;
                }
            }
        }

        private void Serve(SerialPort port, IStopSignal stop, LoopWatch watch)
        {
            while (!stop.WaitForStop(port.BytesToRead > 0 ? 0 : PollMs))
            {
                int waiting = port.BytesToRead;
                if (waiting <= 0)
                {
                    continue;
                }

                watch.PassStarted(_clock.MonotonicMs);
                int count = port.Read(_received, 0, waiting < _received.Length ? waiting : _received.Length);
                string output = _terminal.Feed(_received, 0, count, _clock.UtcMs);
                if (output.Length > 0)
                {
                    port.Write(output);
                }

                watch.PassEnded();
            }
        }
    }
}
