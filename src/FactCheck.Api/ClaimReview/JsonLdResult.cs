using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Metadata;

namespace FactCheck.Api.ClaimReview;

/// <summary>
/// Every <c>application/ld+json</c> answer of the API, written one way. Publishers paste these documents into
/// <c>&lt;script type="application/ld+json"&gt;</c> on their pages, where the HTML parser, not JSON, decides where the
/// script ends: so <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (and U+2028/U+2029) are always escaped, whatever the API's
/// JSON options say (they relax escaping for readability). Null members and empty arrays say nothing in JSON-LD and
/// are left out. Declares its own 200 response, so an endpoint returning it is documented as JSON-LD.
/// </summary>
public sealed class JsonLdResult(JsonObject document) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/ld+json";

    /// <summary>Letters of every script stay readable; the HTML-sensitive characters the default encoder escapes stay escaped.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public JsonObject Document { get; } = document;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = MediaType;
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, WriterOptions);
        Write(writer, Document);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), [MediaType]));

    private static void Write(Utf8JsonWriter writer, JsonNode node)
    {
        switch (node)
        {
            case JsonObject members:
                writer.WriteStartObject();
                foreach (var (name, value) in members.Where(m => Says(m.Value)))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value!);
                }
                writer.WriteEndObject();
                break;
            case JsonArray items:
                writer.WriteStartArray();
                foreach (var item in items.Where(Says))
                {
                    Write(writer, item!);
                }
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>False for a null, and for an array holding nothing but nulls.</summary>
    private static bool Says(JsonNode? node) => node switch
    {
        null => false,
        JsonArray items => items.Any(Says),
        _ => true,
    };
}
