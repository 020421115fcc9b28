using FactCheck.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// Documents the headers the handlers set (ETag, Location, Link) and the problems any JSON body can cause
/// before a handler runs (415 for another media type).
/// </summary>
internal sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> ProblemDescriptions = new()
    {
        ["400"] = "Invalid input: `errors` names each field at fault; a body that is not JSON is a `malformed-request` problem.",
        ["404"] = "No record has this id.",
        ["409"] = "The change conflicts with the current state; `detail` says how.",
        ["415"] = "The body was not sent in a media type this operation accepts.",
        ["422"] = "The body refers to records that do not exist; `errors` names each field.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, description) in ProblemDescriptions)
        {
            if (operation.Responses?.GetValueOrDefault(status) is OpenApiResponse problem)
            {
                problem.Description = description;
            }
        }
        foreach (var responseType in context.ApiDescription.SupportedResponseTypes)
        {
            if (operation.Responses?.GetValueOrDefault(responseType.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
            {
                continue;
            }
            var isPage = responseType.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Page<>);
            if (responseType.StatusCode == StatusCodes.Status202Accepted)
            {
                AddHeader(response, "Location", "The URL of the job to poll.");
                AddHeader(response, "Retry-After", "Seconds to wait before polling the job.");
            }
            else if (responseType.StatusCode == StatusCodes.Status201Created)
            {
                AddHeader(response, "Location", "The URL of the created resource.");
                AddHeader(response, "ETag", "The version of the created resource.");
            }
            else if (responseType.StatusCode == StatusCodes.Status200OK && isPage)
            {
                AddHeader(response, "Link", "`<url>; rel=\"next\"` when there is a next page.");
            }
            else if (responseType.StatusCode == StatusCodes.Status200OK && operation.OperationId?.StartsWith("List", StringComparison.Ordinal) == false)
            {
                AddHeader(response, "ETag", "The version of this representation.");
            }
            if (responseType.StatusCode == StatusCodes.Status200OK && operation.OperationId == "GetImport")
            {
                AddHeader(response, "Retry-After", "While the job is queued or running: seconds to wait before polling again.");
            }
            if (responseType.StatusCode == StatusCodes.Status200OK && context.ApiDescription.ParameterDescriptions.Any(p => p.Name == "asOf"))
            {
                AddHeader(response, "ETag", "The version of this representation; absent when `asOf` is given.");
                AddHeader(response, "Memento-Datetime", "With `asOf` only: the instant shown, as an HTTP-date (RFC 7089).");
            }
        }
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body") && operation.Responses is not null)
        {
            var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            operation.Responses.TryAdd("415", new OpenApiResponse
            {
                Description = "The body was not sent as application/json.",
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = problem },
                },
            });
        }
    }

    private static void AddHeader(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
    }
}
