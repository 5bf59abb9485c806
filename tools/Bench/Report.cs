using System.Globalization;

namespace Meter.Bench;

/// <summary>Prints figures as "name value unit", one per line, invariant culture.</summary>
public sealed class Report
{
    private readonly TextWriter _output;

    public Report(TextWriter output) => _output = output;

    public void Figure(string name, double value, string unit) =>
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {Math.Round(value, 2)} {unit}"));
}
