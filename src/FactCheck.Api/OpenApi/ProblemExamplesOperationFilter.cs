using System.Globalization;
using System.Text.Json.Nodes;
using FactCheck.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Runs after every filter that adds responses. Documents the 500 any operation can answer, gives 400 and 422 the schema
/// with <c>errors</c>, and gives every problem response an example of that very problem (its type, title, status and a
/// detail as the service writes it), so Swagger UI does not show a 404 under a 401.
/// </summary>
internal sealed class ProblemExamplesOperationFilter : IOperationFilter
{
    private static readonly Guid MissingId = new("017ddfa6-f280-7000-8000-0000000000ff");

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
        {
            return;
        }
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var withErrors = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
        operation.Responses.TryAdd("500", new OpenApiResponse
        {
            Description = "An unexpected failure on the server (`internal`); the body tells nothing internal, and `traceId` finds the request in the server log.",
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
        });
        var path = "/" + (context.ApiDescription.RelativePath ?? "").TrimEnd('/');
        var instance = DemoPaths.Fill(path);
        var hasBody = context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body");
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || concrete.Content is null || !concrete.Content.TryGetValue("application/problem+json", out var found) || found is not OpenApiMediaType media)
            {
                continue;
            }
            if (status is "400" or "422")
            {
                media.Schema = withErrors;
            }
            media.Example = Example(int.Parse(status, CultureInfo.InvariantCulture), concrete.Description ?? "", path, hasBody, context);
            media.Example!["instance"] = instance;
            media.Example["traceId"] = ExamplesSchemaFilter.ExampleTraceId;
        }
    }

    private static JsonObject Example(int status, string description, string path, bool hasBody, OperationFilterContext context) => status switch
    {
        400 when hasBody => Validation(FirstBodyField(context) ?? "name", "must not be empty."),
        400 when context.ApiDescription.ParameterDescriptions.Any(p => p.Name == "limit") => Validation("limit", "must be between 1 and 100."),
        400 => Problem(ProblemTypes.MalformedRequest, "Bad request", 400, "The request could not be read."),
        401 => Problem(ProblemTypes.Unauthorized, "Unauthorized", 401, "This operation needs an API key in the X-Api-Key header."),
        403 => Problem(ProblemTypes.Forbidden, "Forbidden", 403, "The API key 'newsroom-reader' does not have a role that allows this operation."),
        404 => Problem(ProblemTypes.NotFound, "Not found", 404, DemoPaths.NotFoundDetail(path)),
        409 when description.StartsWith("A request with the same `Idempotency-Key`", StringComparison.Ordinal) =>
            Problem(ProblemTypes.IdempotencyKeyInProgress, "Request in progress", 409,
                "A request with this Idempotency-Key is still being processed. Retry after the time in Retry-After to get its answer."),
        409 => Problem(ProblemTypes.Conflict, "Conflict", 409, "The change conflicts with existing data (a duplicate value or a record still in use)."),
        412 => Problem(ProblemTypes.PreconditionFailed, "Precondition failed", 412,
            "The record has changed since it was read: its ETag is now \"W/\\\"638760312000000000\\\"\". Read it again, then retry."),
        413 => Problem(ProblemTypes.PayloadTooLarge, "Request body too large", 413, "The request body may be at most 1048576 bytes."),
        414 => Problem(ProblemTypes.UriTooLong, "URL too long", 414, "The URL (path and query) may be at most 8192 characters; this one has 9120."),
        415 => Problem(ProblemTypes.UnsupportedMediaType, "Unsupported Media Type", 415,
            $"The request body must be sent as {(context.ApiDescription.HttpMethod == "PATCH" ? "application/merge-patch+json or application/json" : "application/json")}, not 'text/plain'."),
        422 when hasBody && context.ApiDescription.ParameterDescriptions.Any(p => p.Name == "Idempotency-Key") && FirstReferenceField(context) is null =>
            Problem(ProblemTypes.IdempotencyKeyReused, "Idempotency key reused", 422,
                "This Idempotency-Key was used in the last 24 hours for a different request (method, path, query or body). Send a new key with a new request."),
        422 => UnknownReference(FirstReferenceField(context) ?? "claimantId"),
        428 => Problem(ProblemTypes.PreconditionRequired, "Precondition required", 428,
            "This server requires If-Match on changes: send the ETag you read, so a change made since is not overwritten."),
        429 => Problem(ProblemTypes.RateLimited, "Too many requests", 429,
            "This API key made more than 600 requests in the last minute. Retry after 12 second(s)."),
        431 => Problem(ProblemTypes.RequestHeaderFieldsTooLarge, "Too many header fields", 431, "A request may have at most 100 header fields; this one has 152."),
        500 => Problem(ProblemTypes.Internal, "Internal error", 500, "The server could not complete the request. The trace id identifies it in the server log."),
        _ => Problem(ProblemTypes.ForStatus(status), "Error", status, description),
    };

    private static JsonObject Problem(string type, string title, int status, string detail) => new()
    {
        ["type"] = type, ["title"] = title, ["status"] = status, ["detail"] = detail,
    };

    private static JsonObject Validation(string field, string message)
    {
        var problem = Problem(ProblemTypes.Validation, "One or more fields are invalid.", 400, "See 'errors' for each field at fault.");
        problem["errors"] = new JsonObject { [field] = new JsonArray($"'{field}' {message}") };
        return problem;
    }

    private static JsonObject UnknownReference(string field)
    {
        var problem = Problem(ProblemTypes.UnknownReference, "Unknown reference", 422, "The request refers to records that do not exist.");
        var kind = field switch
        {
            "sourceId" or "appearances" => "source",
            "claimId" => "claim",
            _ => "actor",
        };
        problem["errors"] = new JsonObject { [field == "appearances" ? "appearances[0]" : field] = new JsonArray($"No {kind} has the id '{MissingId}'.") };
        return problem;
    }

    private static IEnumerable<string> BodyFields(OperationFilterContext context)
    {
        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type;
        return body?.GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]) ?? [];
    }

    private static string? FirstBodyField(OperationFilterContext context) => BodyFields(context).FirstOrDefault();

    private static string? FirstReferenceField(OperationFilterContext context) =>
        BodyFields(context).FirstOrDefault(f => f is "claimantId" or "actorId" or "sourceId" or "appearances" or "otherClaimId" or "claimId");
}
