// Declarations only (see README.md): nanoFramework.Runtime.Events 1.11.37.
namespace nanoFramework.Runtime.Events
{
    /// <summary>Base of native events (GPIO changes derive their arguments from it).</summary>
    public class BaseEvent
    {
    }
}
