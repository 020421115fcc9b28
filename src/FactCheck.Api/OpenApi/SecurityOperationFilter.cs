using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Marks each operation with the key it needs: writes and administration require one (401 without, 403 with too
/// low a role); reads take one optionally (an invalid key is still a 401).
/// </summary>
internal sealed class SecurityOperationFilter : IOperationFilter
{
    public const string SchemeId = "ApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
        if (policies.Count == 0)
        {
            return;
        }
        var required = policies.Contains(Policies.Edit) || policies.Contains(Policies.Administer);
        var scheme = new OpenApiSecuritySchemeReference(SchemeId, context.Document);
        operation.Security = required
            ? [new OpenApiSecurityRequirement { [scheme] = [] }]
            : [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [scheme] = [] }];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", Problem(problem, required
            ? "No API key, or one that is not valid or was revoked (X-Api-Key header)."
            : "An API key was sent that is not valid or was revoked (or reads require a key on this server)."));
        if (required)
        {
            operation.Responses.TryAdd("403", Problem(problem, policies.Contains(Policies.Administer)
                ? "The API key is not an admin key."
                : "The API key is a reader key; writes need an editor or admin key."));
        }
        operation.Description += required
            ? $"\n\nNeeds an API key with the {(policies.Contains(Policies.Administer) ? "admin" : "editor or admin")} role."
            : "";
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
    };
}
