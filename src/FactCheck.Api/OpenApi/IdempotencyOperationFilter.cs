using FactCheck.Api.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Documents what <see cref="IdempotencyMiddleware"/> adds to every POST under /api/v1: the optional
/// <c>Idempotency-Key</c> header, the replay marker on success, and its 409 and 422 problems; on an endpoint whose
/// answer holds a secret (<see cref="SecretInAnswer"/>), the 409 that a retry gets instead of a replay. Registered after
/// <see cref="ResponseHeadersOperationFilter"/>, so it extends that filter's descriptions instead of replacing them.
/// </summary>
internal sealed class IdempotencyOperationFilter : IOperationFilter
{
    private const string KeyDescription =
        "Makes the request safe to retry: send a new unique value (a UUID) per intended change, and the same value again "
        + "when retrying it. A retry within 24 hours gets the first answer (status, `Location`, `ETag`, body) with "
        + "`Idempotent-Replayed: true`, and nothing is written twice. Keys belong to the API key that sent them; "
        + "1 to 255 visible ASCII characters.";

    private const string SecretDescription =
        " Except here: a success holds a secret and is never stored, so a retry of it answers 409 `idempotency-answer-not-stored` instead.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        if (!string.Equals(api.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)
            || !("/" + api.RelativePath).StartsWith(IdempotencyMiddleware.PathPrefix + "/", StringComparison.Ordinal))
        {
            return;
        }
        var secret = api.ActionDescriptor.EndpointMetadata.OfType<SecretInAnswer>().FirstOrDefault();
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotentRequest.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = secret is null ? KeyDescription : KeyDescription + SecretDescription,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotentRequest.MaxKeyLength, Pattern = "^[!-~]+$" },
        });
        operation.Responses ??= [];
        foreach (var response in operation.Responses.Where(r => secret is null && r.Key.StartsWith('2')).Select(r => r.Value))
        {
            AddHeader(response, IdempotencyMiddleware.ReplayedHeader, "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.");
        }
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        AddOrExtend(operation.Responses, "400", problem,
            "An `Idempotency-Key` that is not 1 to 255 visible ASCII characters (`errors` names `idempotency-key`).");
        var conflict = AddOrExtend(operation.Responses, "409", problem,
            "A request with the same `Idempotency-Key` is still running (`idempotency-key-in-progress`); retry after `Retry-After` seconds.");
        AddHeader(conflict, "Retry-After", "Seconds to wait before retrying, when the problem is `idempotency-key-in-progress`.");
        if (secret is not null)
        {
            AddOrExtend(operation.Responses, "409", problem,
                "A retry of a request that succeeded (`idempotency-answer-not-stored`): its answer held a secret, which is never stored, so it is "
                + $"not replayed and nothing is done again; `Location` names what was created. {secret.LostAnswerAdvice}");
            AddHeader(conflict, "Location", "With `idempotency-answer-not-stored`: what the first request created.");
        }
        AddOrExtend(operation.Responses, "422", problem,
            "The `Idempotency-Key` was already used with a different request in the last 24 hours (`idempotency-key-reused`).");
    }

    private static IOpenApiResponse AddOrExtend(OpenApiResponses responses, string status, IOpenApiSchema problem, string description)
    {
        if (responses.TryGetValue(status, out var existing))
        {
            if (existing is OpenApiResponse response)
            {
                response.Description = $"{response.Description} Also: {char.ToLowerInvariant(description[0])}{description[1..]}";
            }
            return existing;
        }
        var added = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
        };
        responses[status] = added;
        return added;
    }

    private static void AddHeader(IOpenApiResponse response, string name, string description)
    {
        if (response is not OpenApiResponse concrete)
        {
            return;
        }
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
