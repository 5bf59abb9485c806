namespace Tools.Tests;

/// <summary>
/// A folder that looks like a fresh clone to the tools (its top-level entries are links to the repository's),
/// so what a documented command writes (opscom.db, fleet.png, meter-sim-data) lands here, never in the source
/// tree. It also holds what the README's technician examples presuppose: a meter's folder
/// <c>meters/L4-0001</c> with nf.config, secrets.config and the CA, pointing at the emulator on 127.0.0.1:5080
/// with its development token.
/// </summary>
public sealed class ScratchCheckout : IDisposable
{
    public const string EmulatorUrl = "http://127.0.0.1:5080";
    public const string EmulatorToken = "dev-token-0001";

    private static readonly string[] Entries =
    {
        "firmware", "hardware", "tests", "tools", "Meter.sln", "Meter.Host.slnf", "nf.config", "secrets.example.config",
        "README.md", "Directory.Build.props", "Directory.Packages.props",
    };

    public ScratchCheckout()
    {
        Folder = Directory.CreateTempSubdirectory("readme-").FullName;
        foreach (string entry in Entries)
        {
            File.CreateSymbolicLink(Path.Combine(Folder, entry), Path.Combine(ToolShell.Repository, entry));
        }

        string meter = Directory.CreateDirectory(Path.Combine(Folder, "meters", "L4-0001")).FullName;
        string config = File.ReadAllText(Path.Combine(ToolShell.Repository, "nf.config"));
        config = Replace(config, "base_url = https://controller.operationscommander.io", "base_url = " + EmulatorUrl);
        config = Replace(config, "validate_url = https://service.opscom.com", "validate_url = " + EmulatorUrl);
        File.WriteAllText(Path.Combine(meter, "nf.config"), config);
        string secrets = File.ReadAllText(Path.Combine(ToolShell.Repository, "secrets.example.config"));
        File.WriteAllText(Path.Combine(meter, "secrets.config"), Replace(secrets, "api_token = YOUR-API-TOKEN", "api_token = " + EmulatorToken));
        File.WriteAllText(Path.Combine(meter, "opscom-root-ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    }

    public string Folder { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true); // links are removed, never followed
        }
        catch (IOException)
        {
            // a tool still closing its files: the temporary folder is the system's to clean
        }
    }

    /// <summary>Replaces text that must be there: a fixture whose edit silently did nothing would test the wrong thing.</summary>
    private static string Replace(string text, string from, string to)
    {
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the fixture expects '" + from + "' in the repository's file; update ScratchCheckout");
        }

        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
