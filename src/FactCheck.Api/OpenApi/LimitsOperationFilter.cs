using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Documents the refusals that middleware gives before any endpoint runs, so no handler declares them:
/// 414 and 431 (URL and headers over FactCheck:Limits) and 429 (rate limit, with Retry-After) on every operation,
/// 413 on every operation that takes a body.
/// </summary>
internal sealed class LimitsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
        {
            return;
        }
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body"))
        {
            operation.Responses.TryAdd("413", Problem(problem,
                "The body is larger than the server accepts (1 MiB by default; `detail` gives the limit)."));
        }
        operation.Responses.TryAdd("414", Problem(problem,
            "The URL (path and query) is longer than the server accepts (8,192 characters by default; `detail` gives the limit)."));
        operation.Responses.TryAdd("431", Problem(problem,
            "The header fields are too many or too large together (100 fields, 32,768 characters by default; `detail` says which)."));
        var tooMany = Problem(problem,
            "Too many requests from this API key (or, without a key, this client address) in the current window, "
            + "or too many requests with invalid API keys from this client address.");
        tooMany.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before the next request will be accepted.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            },
        };
        if (!operation.Responses.TryAdd("429", tooMany) && operation.Responses["429"] is OpenApiResponse declared)
        {
            // An endpoint that refuses with 429 itself (a full import queue) still gets the rate limit's description and header.
            declared.Description = tooMany.Description;
            declared.Headers = tooMany.Headers;
        }
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = schema },
        },
    };
}
