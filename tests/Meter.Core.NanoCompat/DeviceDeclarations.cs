using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Core.NanoCompat;

/// <summary>
/// Builds tests/Meter.Device.Declarations into assemblies named as the real nanoFramework ones, each
/// against the real mscorlib and the declared assemblies it depends on, so device code can be
/// type-checked where the packages cannot be restored.
/// </summary>
public static class DeviceDeclarations
{
    /// <summary>Each declared assembly, the package that ships it, and the declared assemblies its signatures use.</summary>
    public static readonly (string Assembly, string Package, string[] Uses)[] Assemblies =
    {
        ("nanoFramework.Runtime.Events", "nanoFramework.Runtime.Events", Array.Empty<string>()),
        ("nanoFramework.Runtime.Native", "nanoFramework.Runtime.Native", Array.Empty<string>()),
        ("nanoFramework.Hardware.Esp32", "nanoFramework.Hardware.Esp32", Array.Empty<string>()),
        ("nanoFramework.Hardware.Esp32.Rmt", "nanoFramework.Hardware.Esp32.Rmt", Array.Empty<string>()),
        ("System.Device.Gpio", "nanoFramework.System.Device.Gpio", new[] { "nanoFramework.Runtime.Events" }),
        ("System.Device.I2c", "nanoFramework.System.Device.I2c", Array.Empty<string>()),
        ("Iot.Device.Ssd13xx", "nanoFramework.Iot.Device.Ssd13xx", new[] { "System.Device.Gpio", "System.Device.I2c" }),
        ("System.IO.Streams", "nanoFramework.System.IO.Streams", Array.Empty<string>()),
        ("System.IO.FileSystem", "nanoFramework.System.IO.FileSystem", new[] { "System.IO.Streams" }),
        ("System.IO.Ports", "nanoFramework.System.IO.Ports", Array.Empty<string>()),
        ("System.Threading", "nanoFramework.System.Threading", Array.Empty<string>()),
        ("System.Net", "nanoFramework.System.Net", Array.Empty<string>()),
        ("System.Net.Http", "nanoFramework.System.Net.Http", new[] { "System.IO.Streams", "System.Net" }),
        ("System.Device.Wifi", "nanoFramework.System.Device.Wifi", new[] { "System.Threading", "System.Net" }),
        ("nanoFramework.Networking.Sntp", "nanoFramework.Networking.Sntp", Array.Empty<string>()),
        ("nanoFramework.TestFramework", "nanoFramework.TestFramework", Array.Empty<string>()),
    };

    private static readonly Lazy<Dictionary<string, MetadataReference>> Built = new(Build);

    public static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "Meter.Device.Declarations");

    /// <summary>The declared assemblies, by name; throws when a declaration file does not compile.</summary>
    public static IReadOnlyDictionary<string, MetadataReference> References => Built.Value;

    /// <summary>The assembly a package ships (mscorlib for the CoreLibrary), or null when it declares none here.</summary>
    public static string AssemblyOf(string package) =>
        package == "nanoFramework.CoreLibrary" ? "mscorlib" : Assemblies.Where(a => a.Package == package).Select(a => a.Assembly).FirstOrDefault();

    private static Dictionary<string, MetadataReference> Build()
    {
        var built = new Dictionary<string, MetadataReference>();
        foreach (var (assembly, _, uses) in Assemblies)
        {
            string file = Path.Combine(Folder, assembly + ".cs");
            var problems = NanoCompiler.Compile(assembly, OutputKind.DynamicallyLinkedLibrary, new[] { (file, File.ReadAllText(file)) },
                uses.Select(u => built[u]), uses.Append("mscorlib").ToArray(), out byte[] image);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("declarations of " + assembly + " do not compile:\n" + string.Join("\n", problems));
            }

            built[assembly] = MetadataReference.CreateFromImage(image);
        }

        return built;
    }
}
