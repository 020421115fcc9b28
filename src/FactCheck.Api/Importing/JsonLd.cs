using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>Tolerant readers for JSON-LD as publishers write it: strings or arrays, numbers as strings, empty strings for nothing.</summary>
public static class JsonLd
{
    public static bool IsType(JsonObject o, string type) => IsType(o["@type"], type);

    /// <summary>Whether an <c>@type</c> (a name, a full or prefixed IRI, or an array of them) names <paramref name="type"/>.</summary>
    public static bool IsType(JsonNode? types, string type) => types switch
    {
        JsonValue v => Text(v) is { } t && (t == type || t.EndsWith("/" + type, StringComparison.Ordinal) || t.EndsWith(":" + type, StringComparison.Ordinal)),
        JsonArray a => a.Any(v => v is JsonValue && IsType(v, type)),
        _ => false,
    };

    /// <summary>A string, the first string of an array, or a number's text; blank is null.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonArray a => a.Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    public static double? Number(JsonNode? node) =>
        Text(node) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    public static DateTime? Date(JsonNode? node) =>
        Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            && at.Year is >= 1800 and < 2200
            ? Common.Clock.ToUtc(at) : null;

    /// <summary>The first object of a value that may be an object or an array of them.</summary>
    public static JsonObject? FirstObject(JsonNode? node) => node switch
    {
        JsonObject o => o,
        JsonArray a => a.OfType<JsonObject>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>An absolute http(s) URL, resolving a relative one against <paramref name="baseUrl"/>.</summary>
    public static string? Url(JsonNode? node, string? baseUrl)
    {
        var text = Text(node);
        if (text is null)
        {
            return null;
        }
        // An absolute URL is kept as written, so it matches the same URL stored through the API.
        var absolute = Common.Rules.IsHttpUrl(text) ? text
            : baseUrl is not null && Uri.TryCreate(new Uri(baseUrl), text, out var resolved) ? resolved.AbsoluteUri : null;
        return absolute is not null && Common.Rules.IsHttpUrl(absolute) && absolute.Length <= Common.Rules.UrlMaxLength ? absolute : null;
    }

    /// <summary>At most <paramref name="max"/> characters, never half of a surrogate pair.</summary>
    public static string Clip(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
}
