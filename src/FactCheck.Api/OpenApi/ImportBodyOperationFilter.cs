using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// The import reads its body as raw JSON (any of several shapes, tolerated rather than bound to a type), so the
/// endpoint declares no body type; this documents the body it takes.
/// </summary>
internal sealed class ImportBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != "Import")
        {
            return;
        }
        var example = JsonNode.Parse("""
            {
              "@context": "https://schema.org", "@type": "ClaimReview",
              "url": "https://factcheck.example.org/2021/12/shoigu-chemical-components",
              "claimReviewed": "US contractors are smuggling \"unidentified chemical components\" into Ukraine.",
              "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "Sergei Shoigu", "jobTitle": "Minister of Defence" },
                "datePublished": "2021-12-21", "appearance": [ { "@type": "CreativeWork", "url": "https://www.foxnews.com/world/russia-us-security-talks-ukraine" } ] },
              "author": { "@type": "Organization", "name": "Example Fact Check", "url": "https://factcheck.example.org/" },
              "datePublished": "2021-12-23",
              "reviewRating": { "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False" }
            }
            """);
        if (operation.Responses?.GetValueOrDefault("429") is OpenApiResponse tooMany)
        {
            tooMany.Description += " Or (`import-queue-full`) a background import past the caps on jobs or spooled bytes waiting, per key "
                + "or in all (`FactCheck:Imports:MaxQueued*`): nothing of the body is kept; retry after `Retry-After` seconds, once a job has finished.";
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Prefer",
            In = ParameterLocation.Header,
            Description = "RFC 7240 preferences; `respond-async` queues the import as a background job (202) whatever its size. Others are ignored.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = HeaderSyntax.MaxLength, Pattern = HeaderSyntax.NoControlCharacters },
        });
        var media = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object }, Example = example };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "A ClaimReview, an array of them, an `@graph`, a `DataFeed`/`DataFeedItem`, or a `claims:search` answer.",
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/ld+json"] = media, ["application/json"] = media },
        };
    }
}
