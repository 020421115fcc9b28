using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FactCheck.Api.Data;

/// <summary>
/// The history of a created record, written straight to JSON: the same text <c>Diff(entry).ToJsonString()</c> gives
/// (every field that has a value, "before" null), without a node per field. Imports create hundreds of thousands of
/// records, and those nodes were most of what the recorder allocated.
/// </summary>
internal sealed partial class ChangeRecorder
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ApiJson.Options.Encoder };

    private static string Created(EntityEntry<Entity> entry, JsonObject? appearances)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (Bookkeeping.Contains(name) || property.Metadata.IsShadowProperty() || name == nameof(Entity.Id) || property.CurrentValue is not { } value)
                {
                    continue;
                }
                writer.WriteStartObject();
                writer.WriteString("field", JsonNamingPolicy.CamelCase.ConvertName(name));
                writer.WriteNull("before");
                writer.WritePropertyName("after");
                Write(writer, value);
                writer.WriteEndObject();
            }
            appearances?.WriteTo(writer, ApiJson.Options);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>As <see cref="ToJson"/> would write it.</summary>
    private static void Write(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateTime at:
                writer.WriteStringValue(at);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), ApiJson.Options);
                break;
        }
    }
}
