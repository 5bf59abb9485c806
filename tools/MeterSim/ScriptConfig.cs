namespace MeterSim;

/// <summary>
/// A script's "# config: section.key = value" lines: the settings it plays under, each replacing that key's line in a
/// copy of nf.config (the simulator's script mode and the scenario tests read them the same way).
/// </summary>
public static class ScriptConfig
{
    private const string Prefix = "# config:";

    /// <summary>Whether the script sets anything.</summary>
    public static bool HasSettings(IEnumerable<string> lines) => lines.Any(l => l.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary><paramref name="config"/> with the script's settings; a key nf.config does not hold is a FormatException naming it.</summary>
    public static string Apply(string config, IEnumerable<string> lines)
    {
        foreach (string line in lines.Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            string[] setting = line[Prefix.Length..].Split('=', 2, StringSplitOptions.TrimEntries);
            string[] key = setting[0].Split('.');
            int section = key.Length == 2 && setting.Length == 2 ? config.IndexOf("[" + key[0] + "]", StringComparison.Ordinal) : -1;
            int next = section < 0 ? -1 : config.IndexOf("\n[", section, StringComparison.Ordinal);
            int start = section < 0 ? -1 : config.IndexOf("\n" + key[1] + " ", section, StringComparison.Ordinal);
            if (start < 0 || (next >= 0 && start > next))
            {
                throw new FormatException("'" + line + "': nf.config has no key " + setting[0] + " to set (write # config: section.key = value)");
            }

            int end = config.IndexOf('\n', start + 1);
            config = config[..(start + 1)] + key[1] + " = " + setting[1] + (end < 0 ? "\n" : config[end..]);
        }

        return config;
    }
}
