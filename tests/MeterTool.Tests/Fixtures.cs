namespace MeterTool.Tests;

/// <summary>The committed nf.config and the example secrets, as a technician's folder would hold them.</summary>
public static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string NfConfig => Path.Combine(Folder, "nf.config");

    public static string Secrets => Path.Combine(Folder, "secrets.example.config");

    /// <summary>A fresh folder with nf.config (changed by <paramref name="edit"/>), secrets.config and the CA certificate nf.config names.</summary>
    public static string MeterFolder(Func<string, string>? edit = null)
    {
        string folder = Directory.CreateTempSubdirectory("metertool-").FullName;
        File.WriteAllText(Path.Combine(folder, "nf.config"), (edit ?? (t => t))(File.ReadAllText(NfConfig)));
        File.Copy(Secrets, Path.Combine(folder, "secrets.config"));
        File.WriteAllText(Path.Combine(folder, "opscom-root-ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        return folder;
    }
}
