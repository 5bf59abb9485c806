using System.Text.Json;
using Xunit;

namespace OpsComEmulator.Tests.Api;

/// <summary>Compares JSON by shape: the same keys and the same kinds of value, recursively.</summary>
public static class Shape
{
    /// <param name="subset">Allow the actual objects to carry only some of the documented keys (never others).</param>
    public static void AssertMatches(JsonElement expected, JsonElement actual, bool subset, string where)
    {
        Assert.True(Kind(expected) == Kind(actual), $"{where}: expected {expected.ValueKind}, got {actual.ValueKind} ({actual})");
        if (expected.ValueKind == JsonValueKind.Object)
        {
            var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToHashSet();
            var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.True(subset ? actualKeys.IsSubsetOf(expectedKeys) : actualKeys.SetEquals(expectedKeys),
                $"{where}: keys {string.Join(",", actualKeys)} vs documented {string.Join(",", expectedKeys)}");
            foreach (var key in actualKeys)
            {
                var documented = expected.GetProperty(key);
                if (documented.ValueKind != JsonValueKind.Null)
                {
                    AssertMatches(documented, actual.GetProperty(key), subset, where + "." + key);
                }
            }
        }
        else if (expected.ValueKind == JsonValueKind.Array && expected.GetArrayLength() > 0)
        {
            foreach (var item in actual.EnumerateArray())
            {
                AssertMatches(expected[0], item, subset, where + "[]");
            }
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "bool",
        var kind => kind.ToString(),
    };
}
