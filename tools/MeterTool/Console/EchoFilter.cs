namespace MeterTool.Console;

/// <summary>
/// The meter echoes what is typed (a serial terminal shows only what comes back); this tool edits a line
/// locally and sends it whole, so the echo of that line is dropped here: exactly the expected characters
/// and the CR LF after them, and nothing else. Anything that differs ends the expectation and passes.
/// </summary>
public sealed class EchoFilter
{
    private string _expected = "";

    /// <summary>The echo to drop next: the line sent, and the meter's CR LF.</summary>
    public void Expect(string line) => _expected = line + "\r\n";

    /// <summary>Nothing more to drop (a PIN is not echoed).</summary>
    public void Clear() => _expected = "";

    /// <summary>What of <paramref name="received"/> is not the expected echo.</summary>
    public string Pass(string received)
    {
        int matched = 0;
        while (matched < received.Length && matched < _expected.Length && received[matched] == _expected[matched])
        {
            matched++;
        }

        if (matched == received.Length || matched == _expected.Length)
        {
            _expected = _expected[matched..];
            return received[matched..];
        }

        _expected = "";
        return received;
    }
}
