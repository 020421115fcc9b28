using System.Text.Json.Nodes;

namespace FactCheck.Api.Tests.Infrastructure.Contract;

/// <summary>
/// Turns an OpenAPI 3.0 schema object into JSON Schema 2020-12, the dialect the validator speaks: <c>nullable: true</c>
/// becomes a type array with "null" (or an <c>anyOf</c> with null beside a <c>$ref</c>), <c>$ref</c>s to
/// <c>#/components/schemas/X</c> point at <c>#/$defs/X</c>, and OpenAPI-only keywords (<c>example</c>, <c>xml</c>, …) go.
/// Only schema positions are rewritten, so a property that happens to be called "example" or "nullable" stays.
/// </summary>
internal static class JsonSchemaConversion
{
    private static readonly string[] OpenApiOnly = ["example", "xml", "externalDocs", "discriminator", "deprecated", "readOnly", "writeOnly"];
    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf"];
    private static readonly string[] SingleSchemas = ["items", "additionalProperties", "not"];

    public static JsonNode Convert(JsonNode openApiSchema)
    {
        if (openApiSchema is not JsonObject source)
        {
            return openApiSchema.DeepClone();
        }
        var schema = new JsonObject();
        foreach (var (keyword, value) in source)
        {
            if (OpenApiOnly.Contains(keyword) || keyword == "nullable" || value is null)
            {
                continue;
            }
            schema[keyword] = keyword switch
            {
                "$ref" => ((string)value!).Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal),
                "properties" => new JsonObject(value.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert(p.Value!)))),
                _ when SchemaLists.Contains(keyword) => new JsonArray([.. value.AsArray().Select(s => Convert(s!))]),
                _ when SingleSchemas.Contains(keyword) => Convert(value),
                _ => value.DeepClone(),
            };
        }
        return source["nullable"] is JsonValue nullable && (bool)nullable ? Nullable(schema) : schema;
    }

    private static JsonObject Nullable(JsonObject schema)
    {
        // Beside allOf or $ref, null in the type would still have to pass the referenced schema: "this, or null" is an anyOf.
        if (schema["type"] is JsonValue type && schema["allOf"] is null && schema["$ref"] is null)
        {
            schema["type"] = new JsonArray((string)type!, "null");
            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }
            return schema;
        }
        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
