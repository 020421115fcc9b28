using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// A <see cref="JsonNode"/> member (a history change's <c>before</c> and <c>after</c>) holds any JSON value: a string, a
/// number, an array, an object or null. Described as .NET's JsonNode class it would be an object with <c>options</c>,
/// <c>parent</c> and <c>root</c>, and generated clients would drop the values; so it is an empty schema, which allows any.
/// </summary>
internal static class AnyJsonSchema
{
    public static OpenApiSchema Create() => new()
    {
        Description = "Any JSON value (string, number, boolean, array, object), or null when the field had or has no value.",
    };
}
