namespace Meter.Bench;

/// <summary>A named group of figures; later issues add their own.</summary>
public interface IBenchmark
{
    string Name { get; }

    void Run(Report report);
}
