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

    /// <summary>
    /// The committed nf.config with the example secrets, read by the core's own reader; each of <paramref name="settings"/>
    /// ("key", "value") replaces that key's value first (a key the file lacks is an error: a bench must not edit nothing).
    /// </summary>
    public static MeterConfig CommittedConfig(params (string Key, string Value)[] settings)
    {
        string text = File.ReadAllText(Path.Combine(Root, "nf.config"));
        foreach (var (key, value) in settings)
        {
            var line = new System.Text.RegularExpressions.Regex("^" + key + " = .*$", System.Text.RegularExpressions.RegexOptions.Multiline);
            if (!line.IsMatch(text))
            {
                throw new InvalidOperationException("nf.config has no " + key);
            }

            text = line.Replace(text, key + " = " + value);
        }

        var errors = new ConfigErrors();
        return MeterConfigReader.Read(text, File.ReadAllText(Path.Combine(Root, "secrets.example.config")), errors)
            ?? throw new InvalidOperationException(errors.ToString());
    }
}
