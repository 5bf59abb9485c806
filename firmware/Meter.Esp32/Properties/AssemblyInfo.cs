using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Meter.Esp32")]
[assembly: AssemblyDescription("Pay-and-display parking meter, ESP32 app")]
[assembly: AssemblyProduct("Meter")]
[assembly: AssemblyCopyright("Copyright (c) the Meter contributors")]
[assembly: ComVisible(false)]

// nanoFramework resolves references by name and major.minor: a fixed version, not 1.0.*.
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
