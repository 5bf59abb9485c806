using Meter.Core.Config;

namespace Meter.Bench;

public static class RepositoryPaths
{
    /// <summary>The folder holding Meter.sln, found upward from the working folder or the program.</summary>
    public static string Root
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Meter.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("run the benchmarks from inside the repository");
        }
    }

    /// <summary>The committed nf.config with the example secrets, read by the core's own reader.</summary>
    public static MeterConfig CommittedConfig()
    {
        var errors = new ConfigErrors();
        return MeterConfigReader.Read(File.ReadAllText(Path.Combine(Root, "nf.config")), File.ReadAllText(Path.Combine(Root, "secrets.example.config")), errors)
            ?? throw new InvalidOperationException(errors.ToString());
    }
}
