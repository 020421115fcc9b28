using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Importing;

/// <summary>POST /api/v1/imports: ClaimReview JSON-LD or a claims:search answer in, a report out.</summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/imports").WithTags("Imports");
        group.MapPost("/", Import).WithName("Import")
            .WithSummary("Import fact-checks (ClaimReview JSON-LD, Google claims:search)")
            .WithDescription("Takes a schema.org ClaimReview (JSON-LD), an array of them, an `@graph`, a `DataFeed` or `DataFeedItem`, or a Google Fact Check "
                + "Tools `claims:search` answer (`{\"claims\":[...]}`), up to 100 MB. Creates or reuses claimants (by `sameAs`, then name), sources (by URL), "
                + "claims (by statement and claimant) and reviews (by URL); importing the same document again changes nothing. A review whose rating maps "
                + "to a status (see rating mappings) sets the status of a claim still `unverified`. Answers counts per kind, the reviews rejected (by index, "
                + "with the reason; the others are imported) and the ratings no mapping knows. A body that is not JSON answers 400. Editors and admins.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(HttpRequest request, FactCheckDb db, CancellationToken cancellationToken)
    {
        JsonNode? document;
        try
        {
            document = await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: 400, type: ProblemTypes.MalformedRequest, title: "Malformed request",
                detail: $"The body is not JSON: {e.Message}");
        }
        var candidates = ImportShapes.Flatten(document);
        return TypedResults.Ok(await new ImportWriter(db).ImportAsync(candidates, cancellationToken));
    }
}
