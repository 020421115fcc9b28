using System.Text.Json.Nodes;
using FactCheck.Api.ClaimReview;
using FactCheck.Api.Common;
using FactCheck.Api.Data.Demo;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.OpenApi;

/// <summary>
/// The answers that are not the API's JSON: schema.org JSON-LD (a claim's ClaimReview, the DataFeed of them) and the
/// export's NDJSON and CSV. Their handlers write the bytes themselves, so nothing describes them but this: content type,
/// schema (for NDJSON, of each line) and an example from the demo data.
/// </summary>
internal sealed class MediaResponsesOperationFilter : IOperationFilter
{
    private static readonly Lazy<JsonObject> ShoiguReview = new(() =>
    {
        var demo = DemoRecords.Build(new DateTime(2021, 12, 22, 12, 0, 0, DateTimeKind.Utc), DemoDataLoader.Author);
        var claim = demo.Claims.Single(c => c.Id == DemoIds.ShoiguClaim);
        var status = demo.StatusChanges.Single(s => s.ClaimId == DemoIds.ShoiguClaim);
        claim.EvidenceStatus = status.To;
        claim.StatusRationale = status.Rationale;
        claim.StatusChangedAt = status.At;
        return ClaimReviewDocument.Build(claim, new PublisherOptions());
    });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }
        if (operation.OperationId is "GetClaimReview" or "GetClaimReviewFeed" or "ExportClaims")
        {
            // Written by the handler, with no version of their own: no ETag.
            ok.Headers?.Remove("ETag");
        }
        switch (operation.OperationId)
        {
            case "GetClaimReview":
                ok.Description = "The claim's ClaimReview, as JSON-LD.";
                ok.Content = Media(JsonLdResult.MediaType, ClaimReviewSchemas.Review(withContext: true), ShoiguReview.Value.DeepClone());
                break;
            case "GetClaimReviewFeed":
                ok.Description = "A page of the feed, as JSON-LD.";
                ok.Content = Media(JsonLdResult.MediaType, ClaimReviewSchemas.Feed(), FeedExample());
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["Link"] = new OpenApiHeader
                {
                    Description = "`<url>; rel=\"next\"` when there is a next page.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
                break;
            case "ExportClaims":
                ok.Description = "`application/x-ndjson`: one JSON object per line, as in the schema. `text/csv`: a header row, then one row per claim, "
                    + "the same columns in the same order.";
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["Content-Disposition"] = new OpenApiHeader
                {
                    Description = "`attachment; filename=\"claims.ndjson\"` (or `claims.csv`).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
                ok.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/x-ndjson"] = new OpenApiMediaType { Schema = ClaimReviewSchemas.ExportLine(), Example = ExportExample() },
                    ["text/csv"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row." },
                        Example = JsonValue.Create(
                            "id,statement,claimantId,claimant,madeAt,evidenceStatus,rebuttals,evidence,latestReviewUrl,latestReviewPublisher,latestReviewRating,latestReviewAt\r\n"
                            + $"{DemoIds.ShoiguClaim},\"US contractors are smuggling \"\"unidentified chemical components\"\" into Ukraine.\",{DemoIds.Shoigu},"
                            + "Sergei Shoigu,2021-12-21T00:00:00Z,refuted,1,1,,,,\r\n"),
                    },
                };
                break;
        }
    }

    private static Dictionary<string, IOpenApiMediaType> Media(string mediaType, OpenApiSchema schema, JsonNode example) => new()
    {
        [mediaType] = new OpenApiMediaType { Schema = schema, Example = example },
    };

    private static JsonObject FeedExample()
    {
        var review = ShoiguReview.Value.DeepClone().AsObject();
        review.Remove("@context");
        return new JsonObject
        {
            ["@context"] = ClaimReviewDocument.Context,
            ["@type"] = "DataFeed",
            ["name"] = "FactCheck verdicts",
            ["dataFeedElement"] = new JsonArray(new JsonObject
            {
                ["@type"] = "DataFeedItem",
                ["dateCreated"] = review["datePublished"]?.DeepClone(),
                ["item"] = new JsonArray(review),
            }),
            ["nextCursor"] = "eyJpZCI6IjAxN2RkZmE2LWYyODAtNzdjZS05ZjM3LWEyMTRwOTJjMDc5OCJ9.c2lnbmF0dXJl",
        };
    }

    private static JsonObject ExportExample() => new()
    {
        ["id"] = DemoIds.ShoiguClaim.ToString(),
        ["statement"] = "US contractors are smuggling \"unidentified chemical components\" into Ukraine.",
        ["claimantId"] = DemoIds.Shoigu.ToString(),
        ["claimant"] = "Sergei Shoigu",
        ["madeAt"] = "2021-12-21T00:00:00Z",
        ["evidenceStatus"] = EvidenceStatus.Refuted.ToWire(),
        ["rebuttals"] = 1,
        ["evidence"] = 1,
        ["latestReviewUrl"] = null,
        ["latestReviewPublisher"] = null,
        ["latestReviewRating"] = null,
        ["latestReviewAt"] = null,
    };
}
