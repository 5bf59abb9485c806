namespace Meter.Core.Operator
{
    /// <summary>
    /// The console's line discipline over a byte stream (the device's UART, the simulator's connection):
    /// printable ASCII builds a bounded line, Backspace/Delete erase, CR, LF or CR LF end it, Ctrl-C
    /// drops it, terminal escape sequences (arrow keys) and every other byte are noise, counted and never
    /// reach the console. With echo on (a serial port: the terminal shows only what comes back), typed
    /// characters are echoed except a PIN's, and answers go out with CR LF line ends.
    /// </summary>
    public sealed class ConsoleTerminal
    {
        private const byte Escape = 0x1B;

        private readonly IConsoleCommands _commands;
        private readonly ConsoleSession _session = new ConsoleSession();
        private readonly char[] _line;
        private readonly bool _echo;
        private int _length;
        private bool _afterCr;
        private int _escape;
        private int _noise;

        /// <param name="commands">What answers each line.</param>
        /// <param name="maximumLine">Longest line the console takes; a longer one is kept to one character
        /// more so the console can refuse it, the rest dropped.</param>
        /// <param name="echo">Echo typed characters and send CR LF line ends (serial terminals).</param>
        public ConsoleTerminal(IConsoleCommands commands, int maximumLine, bool echo)
        {
            _commands = commands;
            _line = new char[maximumLine + 1];
            _echo = echo;
        }

        /// <summary>Bytes that were neither text nor editing keys (line noise, binary, escape sequences).</summary>
        public int NoiseBytes
        {
            get { return _noise; }
        }

        /// <summary>What to send when an operator connects: the greeting and a prompt.</summary>
        public string Greeting()
        {
            return Lines(_commands.Greeting) + Prompt();
        }

        /// <summary>Takes received bytes; returns what to send back (echo, answers, prompts), "" for nothing.</summary>
        public string Feed(byte[] data, int offset, int count, long nowUtcMs)
        {
            string output = "";
            for (int i = offset; i < offset + count; i++)
            {
                byte b = data[i];
                bool afterCr = _afterCr;
                _afterCr = false;
                if (_escape > 0)
                {
                    SkipEscape(b);
                }
                else if (b == '\r' || b == '\n')
                {
                    if (!(b == '\n' && afterCr))
                    {
                        output += EndLine(nowUtcMs);
                    }

                    _afterCr = b == '\r';
                }
                else if (b == 0x08 || b == 0x7F)
                {
                    output += Erase();
                }
                else if (b == 0x03)
                {
                    _length = 0;
                    output += (_echo ? "^C\r\n" : "") + Prompt();
                }
                else if (b == Escape)
                {
                    _escape = 1;
                    _noise++;
                }
                else if (b >= 0x20 && b < 0x7F)
                {
                    output += Type((char)b);
                }
                else
                {
                    _noise++;
                }
            }

            return output;
        }

        private string Prompt()
        {
            return _session.AwaitingPin ? "PIN> " : "> ";
        }

        private string Type(char c)
        {
            if (_length == _line.Length)
            {
                return "";
            }

            _line[_length++] = c;
            return _echo && !_session.AwaitingPin ? c.ToString() : "";
        }

        private string Erase()
        {
            if (_length == 0)
            {
                return "";
            }

            _length--;
            return _echo && !_session.AwaitingPin ? "\b \b" : "";
        }

        private string EndLine(long nowUtcMs)
        {
            string line = new string(_line, 0, _length);
            _length = 0;
            return (_echo ? "\r\n" : "") + Lines(_commands.Execute(_session, line, nowUtcMs)) + Prompt();
        }

        // ESC [ ... final byte (0x40-0x7E), or ESC and one more byte: what arrow and function keys send.
        private void SkipEscape(byte b)
        {
            _noise++;
            if (_escape == 1 && b == '[')
            {
                _escape = 2;
            }
            else if (_escape == 1 || (b >= 0x40 && b <= 0x7E))
            {
                _escape = 0;
            }
        }

        private string Lines(string text)
        {
            if (!_echo)
            {
                return text;
            }

            string result = "";
            int start = 0;
            int end;
            while ((end = text.IndexOf('\n', start)) >= 0)
            {
                result += text.Substring(start, end - start) + "\r\n";
                start = end + 1;
            }

            return result + text.Substring(start);
        }
    }
}
