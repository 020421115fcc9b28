using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>Documents If-Match on changes to existing records (412, 428) and If-None-Match on single-record reads (304).</summary>
internal sealed class ConditionalRequestsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var method = context.ApiDescription.HttpMethod;
        // A group's own route ("/") leaves a trailing slash: POST .../status/.
        var path = (context.ApiDescription.RelativePath ?? "").TrimEnd('/');
        var onRecord = path.EndsWith('}') || path.EndsWith("/status", StringComparison.Ordinal);
        if (!onRecord || path.StartsWith("api/v1/keys", StringComparison.Ordinal))
        {
            return;
        }
        operation.Parameters ??= [];
        operation.Responses ??= new OpenApiResponses();
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        if (method is "PUT" or "PATCH" or "DELETE" or "POST")
        {
            operation.Parameters.Add(Header("If-Match",
                "The ETag you read (`\"…\"` or `W/\"…\"`; several separated by commas, or `*`). The change is made only if the record still has it (412 otherwise); "
                + "servers configured with RequireIfMatch answer 428 without it."));
            operation.Responses.TryAdd("412", Problem(problem, "The record changed since the ETag in If-Match was read."));
            operation.Responses.TryAdd("428", Problem(problem, "This server requires If-Match on changes."));
        }
        else if (method == "GET" && path.EndsWith('}'))
        {
            operation.Parameters.Add(Header("If-None-Match", "An ETag you hold; if it is still current the answer is 304 with no body."));
            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not modified: the ETag in If-None-Match is current." });
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = HeaderSyntax.MaxLength, Pattern = HeaderSyntax.EntityTagList },
    };

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
    };
}
