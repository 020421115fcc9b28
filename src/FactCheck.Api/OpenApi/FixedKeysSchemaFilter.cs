using FactCheck.Api.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Dictionaries whose keys are a known set (counts per evidence status, import counts per kind of record) are written as
/// maps in C#, but every key is always present and no other ever is: described as objects with those properties, all
/// required and no others, a client gets named members instead of an open map.
/// </summary>
internal sealed class FixedKeysSchemaFilter : ISchemaFilter
{
    private static readonly string[] Statuses = [.. Enum.GetValues<EvidenceStatus>().Select(s => s.ToWire())];
    private static readonly string[] ImportedKinds = ["claimants", "sources", "claims", "reviews"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }
        if (context.Type == typeof(Stats.ScorecardResponse) || context.Type == typeof(Stats.StatsResponse))
        {
            properties["byEvidenceStatus"] = Fixed("Claims per evidence status; every status is listed, 0 included.", Statuses,
                _ => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" });
        }
        else if (context.Type == typeof(Importing.ImportResponse) && properties.TryGetValue("counts", out var counts)
            && counts is OpenApiSchema { AdditionalProperties: { } each })
        {
            properties["counts"] = Fixed("Created, updated and unchanged records of each kind.", ImportedKinds, _ => each);
        }
    }

    private static OpenApiSchema Fixed(string description, string[] keys, Func<string, IOpenApiSchema> value) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = keys.ToDictionary(k => k, value),
        Required = new HashSet<string>(keys),
        AdditionalPropertiesAllowed = false,
    };
}
