using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// The problem details every error carries: <c>type</c>, <c>title</c>, <c>status</c> and <c>traceId</c> are always there
/// (ProblemDetailsSetup fills them), so they are required, and <c>traceId</c> is named rather than left to
/// "additional properties".
/// </summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    private const int MaxFieldsAtFault = 1000;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || !typeof(ProblemDetails).IsAssignableFrom(context.Type) || concrete.Properties is null)
        {
            return;
        }
        concrete.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The W3C trace id of the request; the server log records the request under it.",
        };
        concrete.Properties["type"] = Text("A URN naming the kind of problem (`urn:factcheck:problem:…`); stable, so clients switch on it.");
        concrete.Properties["title"] = Text("A short summary of the kind of problem.");
        concrete.Properties["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." };
        concrete.Required = new HashSet<string> { "type", "title", "status", "traceId" };
        if (concrete.Properties.TryGetValue("errors", out var errors) && errors is OpenApiSchema errorsSchema)
        {
            errorsSchema.Description = "The fields at fault (as the API spells them, `appearances[1]` for a list item), each with its messages.";
            // Keyed by field name, so open; no body or query the service takes has this many fields and items.
            errorsSchema.MaxProperties = MaxFieldsAtFault;
        }
        // The one problem with members of its own: an import that broke midway says where, and what came before.
        concrete.Properties["index"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Import only: reviews read before the fault." };
        concrete.Properties["bytePosition"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "Import only: where in the body the fault is." };
        var report = context.SchemaGenerator.GenerateSchema(typeof(Importing.ImportResponse), context.SchemaRepository);
        concrete.Properties["report"] = new OpenApiSchema
        {
            AllOf = [report], Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "Import only: what was imported before the fault (it stays imported); null when nothing was.",
        };
        // Every member a problem of this service can carry is named above, so no others.
        concrete.AdditionalPropertiesAllowed = false;
        concrete.AdditionalProperties = null;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
