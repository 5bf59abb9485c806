using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeterTool.Provision;

/// <summary>
/// nanoff's file-deployment file: the serial port, and each file with its destination on the meter's
/// internal drive (I:\) and its source on this computer.
/// </summary>
public static class DeploymentFile
{
    /// <summary>The JSON nanoff --filedeployment reads.</summary>
    public static string Write(string port, IEnumerable<(string Destination, string Source)> files)
    {
        var list = new JsonArray();
        foreach (var (destination, source) in files)
        {
            list.Add(new JsonObject { ["DestinationFilePath"] = destination, ["SourceFilePath"] = source });
        }

        return new JsonObject { ["serialport"] = port, ["files"] = list }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
