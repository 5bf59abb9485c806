using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpsComEmulator.Api;

/// <summary>
/// A request's JSON object with the documentation's field rules: each field may go by several names,
/// values are strings, limits are in characters. The documentation's own raw requests carry trailing
/// commas ({ "apiToken": "...",}), so those are accepted.
/// </summary>
public sealed partial class RequestBody
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, MaxDepth = 16 };
    private readonly JsonElement _root;

    private RequestBody(JsonElement root) => _root = root;

    public static async Task<RequestBody> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        string text = await reader.ReadToEndAsync();
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ApiError(ErrorCodes.Unparsable);
            }

            return new RequestBody(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            throw new ApiError(ErrorCodes.Unparsable);
        }
    }

    /// <summary>The first of the names present with a non-empty value; a non-string value is invalid.</summary>
    public string? Text(params string[] names)
    {
        foreach (var name in names)
        {
            if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw new ApiError(ErrorCodes.Invalid);
            }

            string text = value.GetString()!;
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A field that must be present; <paramref name="missingCode"/> when it is not, 9030 when too long.</summary>
    public string Required(int missingCode, int maximum, params string[] names)
    {
        string? text = Text(names) ?? throw new ApiError(missingCode);
        return Limit(text, maximum);
    }

    public string? Optional(int maximum, params string[] names)
    {
        string? text = Text(names);
        return text == null ? null : Limit(text, maximum);
    }

    /// <summary>"Y-m-d\TH:i:s" (e.g. 2018-07-02T09:00:00), else the given code.</summary>
    public static DateTime ParseTime(string text, int invalidCode)
    {
        if (text.Length > 20 || !DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new ApiError(invalidCode);
        }

        return time;
    }

    /// <summary>At least three digits, two of them decimals, 0.01 to 999999.99, at most 9 characters.</summary>
    public static decimal ParseAmount(string text)
    {
        if (text.Length > 9 || !AmountPattern().IsMatch(text))
        {
            throw new ApiError(ErrorCodes.Invalid);
        }

        decimal amount = decimal.Parse(text, CultureInfo.InvariantCulture);
        return amount is >= 0.01m and <= 999999.99m ? amount : throw new ApiError(ErrorCodes.Invalid);
    }

    public static string ParseCurrency(string text) =>
        text is "CAD" or "USD" ? text : throw new ApiError(text.Length > 10 ? ErrorCodes.TooLong : ErrorCodes.Invalid);

    private static string Limit(string text, int maximum) => text.Length > maximum ? throw new ApiError(ErrorCodes.TooLong) : text;

    [GeneratedRegex(@"^[0-9]+\.[0-9]{2}$")]
    private static partial Regex AmountPattern();
}
