using Meter.Core.Config;

namespace MeterTool.Check;

/// <summary>
/// A meter's nf.config and secrets.config read with the firmware's own reader, so the tool accepts
/// exactly what the meter will: same errors, same lines, same defaults.
/// </summary>
public sealed class ConfigFiles
{
    private ConfigFiles(string configPath, string secretsPath, MeterConfig? config, ConfigErrors errors)
    {
        ConfigPath = configPath;
        SecretsPath = secretsPath;
        Config = config;
        Errors = errors;
    }

    /// <summary>The nf.config read.</summary>
    public string ConfigPath { get; }

    /// <summary>The secrets file read (secrets.config beside nf.config unless given).</summary>
    public string SecretsPath { get; }

    /// <summary>The configuration, or null when it has errors.</summary>
    public MeterConfig? Config { get; }

    /// <summary>What the reader found wrong (empty when <see cref="Config"/> is set).</summary>
    public ConfigErrors Errors { get; }

    /// <summary>Reads both files; throws FileNotFoundException naming a missing one.</summary>
    public static ConfigFiles Read(string? configPath, string? secretsPath)
    {
        string config = Path.GetFullPath(configPath ?? "nf.config");
        string secrets = Path.GetFullPath(secretsPath ?? Path.Combine(Path.GetDirectoryName(config)!, "secrets.config"));
        foreach (string path in new[] { config, secrets })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(path + " not found" + (path == secrets ? " (copy secrets.example.config to secrets.config and fill it in, or give --secrets FILE)" : ""), path);
            }
        }

        var errors = new ConfigErrors();
        var read = MeterConfigReader.Read(File.ReadAllText(config), File.ReadAllText(secrets), errors);
        return new ConfigFiles(config, secrets, read, errors);
    }
}
