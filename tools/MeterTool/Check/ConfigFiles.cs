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
    /// <summary>
    /// As <see cref="Read(string?, string?)"/>, but when no --secrets was given and there is no secrets.config beside nf.config,
    /// the example beside it stands in (as the simulator does): for reading nf.config alone. <see cref="UsedExample"/> says so.
    /// </summary>
    public static ConfigFiles ReadWithExampleSecrets(string? configPath, string? secretsPath)
    {
        string config = Path.GetFullPath(configPath ?? "nf.config");
        string example = Path.Combine(Path.GetDirectoryName(config)!, "secrets.example.config");
        if (secretsPath == null && !File.Exists(Path.Combine(Path.GetDirectoryName(config)!, "secrets.config")) && File.Exists(example))
        {
            var files = Read(config, example);
            files.UsedExample = true;
            return files;
        }

        return Read(configPath, secretsPath);
    }

    /// <summary>The secrets read were the example's, not a meter's own.</summary>
    public bool UsedExample { get; private set; }

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
