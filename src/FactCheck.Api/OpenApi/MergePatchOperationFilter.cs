using System.Text.Json.Nodes;
using FactCheck.Api.Data.Demo;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Gives each merge patch body a schema of its own, `{Resource}MergePatch`: the fields of the PUT body with their
/// constraints, none required. A required field may be changed but not cleared (null removes it from the merged body,
/// which is then refused like a PUT without it); an optional one may be cleared with null. Its example is one or two
/// fields and a null, from the demo data.
/// </summary>
internal sealed class MergePatchOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content || !content.ContainsKey(MergePatch.MediaType)
            || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().FirstOrDefault()?.RequestType is not { } type)
        {
            return;
        }
        context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository);
        var schemaId = type.Name.Replace("Request", "", StringComparison.Ordinal) + "MergePatch";
        if (!context.SchemaRepository.Schemas.ContainsKey(schemaId))
        {
            var full = (OpenApiSchema)context.SchemaRepository.Schemas[type.Name];
            context.SchemaRepository.AddDefinition(schemaId, PatchOf(full, Example(operation.OperationId)));
        }
        foreach (var mediaType in content.Values.OfType<OpenApiMediaType>())
        {
            mediaType.Schema = new OpenApiSchemaReference(schemaId, context.Document);
            mediaType.Example = null; // the schema's own example serves both media types
        }
    }

    private static OpenApiSchema PatchOf(OpenApiSchema full, JsonObject? example) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"A JSON merge patch (RFC 7396): any of the fields below, none required. Fields required in the full body "
            + $"({string.Join(", ", (full.Required ?? new HashSet<string>()).Order().Select(r => $"`{r}`"))}) may be changed but not cleared; "
            + "`null` clears any other field, and a list is replaced as a whole.",
        Properties = full.Properties?.ToDictionary(p => p.Key, p => p.Value),
        AdditionalPropertiesAllowed = false,
        Examples = example is null ? null : [example],
    };

    private static JsonObject? Example(string? operationId) => operationId switch
    {
        "PatchActor" => new() { ["title"] = DemoData.Actors.Single(a => a.Id == DemoIds.Shoigu).Request.Title, ["links"] = null },
        "PatchSource" => new() { ["publisher"] = DemoData.Sources.Single(s => s.Id == DemoIds.FoxNews).Request.Publisher, ["archiveUrl"] = null },
        "PatchClaim" => new()
        {
            ["summary"] = DemoData.Claims.Single(c => c.Id == DemoIds.ShoiguClaim).Request.Summary,
            ["topics"] = new JsonArray("chemical weapons", "ukraine"),
        },
        _ => null,
    };
}
