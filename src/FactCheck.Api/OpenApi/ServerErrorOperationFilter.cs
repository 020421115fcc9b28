using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Documents the 500 every operation can give on a fault of the server itself (never on bad input): the exception
/// handler answers it as a problem with the trace id, so a client can report it.
/// </summary>
internal sealed class ServerErrorOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("500", new OpenApiResponse
        {
            Description = "A fault of the server (never an answer to bad input); the problem's `traceId` identifies it in the server's log.",
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
        });
    }
}
