using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("The meter's on-board tests")]
[assembly: AssemblyProduct("Meter")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
