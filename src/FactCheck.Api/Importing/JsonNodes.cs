using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Api.Importing;

/// <summary>
/// Turns a value held whole by the reader into a node as publishers mean it, where <see cref="JsonNode.Parse(ref Utf8JsonReader, JsonNodeOptions?)"/>
/// would give a node that throws later: a name written twice keeps its last value, and a string with a lone surrogate
/// escape (<c>"\uD83D"</c>, text cut in the middle of an emoji) reads with U+FFFD in its place.
/// </summary>
internal static class JsonNodes
{
    /// <summary>The value that starts at the reader's current token, which must be complete in its buffer.</summary>
    public static JsonNode? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var o = new JsonObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader);
                    reader.Read();
                    o[name] = Read(ref reader);
                }
                return o;
            case JsonTokenType.StartArray:
                var a = new JsonArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    a.Add(Read(ref reader));
                }
                return a;
            case JsonTokenType.String:
                return JsonValue.Create(Text(ref reader));
            case JsonTokenType.Number:
                return JsonNode.Parse(ref reader);
            case JsonTokenType.True or JsonTokenType.False:
                return JsonValue.Create(reader.TokenType == JsonTokenType.True);
            default:
                return null;
        }
    }

    /// <summary>The string or property name at the reader, lone surrogates replaced rather than thrown on.</summary>
    public static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    /// <summary>JSON escapes resolved by hand, for the one case the reader refuses: UTF-16 that is not well formed.</summary>
    private static string Unescape(string raw)
    {
        var units = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                units.Append(raw[i]);
                continue;
            }
            var escaped = raw[++i];
            if (escaped == 'u' && i + 4 < raw.Length)
            {
                units.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }
            units.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
        }
        for (var i = 0; i < units.Length; i++)
        {
            if (char.IsHighSurrogate(units[i]) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(units[i]))
            {
                units[i] = '\uFFFD';
            }
        }
        return units.ToString();
    }
}
