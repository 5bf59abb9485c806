namespace Meter.Host.Storage;

/// <summary>Which call sequence reaches littlefs: what the meter runs, or littlefs used directly.</summary>
public enum LittleFsStack
{
    /// <summary>nanoFramework's ESP32 file driver over esp_littlefs: every open is writable and synced at once.</summary>
    Device,

    /// <summary>littlefs called directly: reads commit nothing, a rewrite commits once at close.</summary>
    Plain,
}
