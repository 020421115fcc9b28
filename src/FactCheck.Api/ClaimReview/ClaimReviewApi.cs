using System.Text.Json.Nodes;
using FactCheck.Api.Common;
using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.ClaimReview;

/// <summary>GET /api/v1/claims/{id}/claimreview and the feed GET /api/v1/claimreview, in schema.org JSON-LD.</summary>
public static class ClaimReviewApi
{
    private static readonly EvidenceStatus[] Unreviewed = [EvidenceStatus.Unverified, EvidenceStatus.UnderReview];

    public static IEndpointRouteBuilder MapClaimReview(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("ClaimReview").WithValidation();
        group.MapGet("/claims/{id:guid}/claimreview", Get).WithName("GetClaimReview")
            .WithSummary("Get a claim's verdict as schema.org ClaimReview")
            .WithDescription("Our verdict as `application/ld+json` (schema.org `ClaimReview`): the claim, its claimant, date and appearances, and a "
                + "`Rating` on a 1–5 scale (refuted 1, unsubstantiated and no_evidence_offered 2, disputed 3, substantiated 5) with the status in words "
                + "as `alternateName`. A claim still `unverified` or `under_review` has no verdict: 404. Ready to paste into a "
                + "a `script` element of type `application/ld+json`: `<`, `>` and `&` are always escaped (`\\u003C`, `\\u003E`, `\\u0026`), and members "
                + "without a value (nulls, empty arrays) are left out.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/claimreview", Feed).WithName("GetClaimReviewFeed")
            .WithSummary("Feed of every verdict as a schema.org DataFeed")
            .WithDescription("Every claim with a verdict as a `DataFeedItem` holding its `ClaimReview`, oldest claim first, cursor paged like the claims list "
                + "(`limit`, `cursor`; the next cursor is in `nextCursor` and the `Link` header; on the last page there is neither). "
                + "Escaped like the single ClaimReview, so it is safe in a web page too.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static async Task<Results<JsonLdResult, ProblemHttpResult>> Get(
        Guid id, FactCheckDb db, IOptions<PublisherOptions> publisher, HttpContext http)
    {
        var claim = await Reviewed(db).FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return await db.Claims.AnyAsync(c => c.Id == id, http.RequestAborted)
                ? TypedResults.Problem(statusCode: 404, type: ProblemTypes.NotFound, title: "Not found",
                    detail: $"Claim '{id}' has no verdict yet (it is unverified or under review), so there is no ClaimReview of it.")
                : Problems.NotFound("claim", id);
        }
        return new JsonLdResult(ClaimReviewDocument.Build(claim, publisher.Value));
    }

    private static async Task<JsonLdResult> Feed(
        [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, IOptions<PublisherOptions> publisher, HttpContext http)
    {
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await Reviewed(db).Where(c => after == null || c.Id > after).OrderBy(c => c.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        var page = cursors.ToPage(http, rows, limit, c => c.Id, c => new JsonObject
        {
            ["@type"] = "DataFeedItem",
            ["dateCreated"] = c.StatusChangedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["item"] = new JsonArray(ClaimReviewDocument.Build(c, publisher.Value, withContext: false)),
        });
        var feed = new JsonObject
        {
            ["@context"] = ClaimReviewDocument.Context,
            ["@type"] = "DataFeed",
            ["name"] = $"{publisher.Value.Name} verdicts",
            ["dataFeedElement"] = new JsonArray([.. page.Items]),
            ["nextCursor"] = page.NextCursor,
        };
        return new JsonLdResult(feed);
    }

    private static IQueryable<Claims.Claim> Reviewed(FactCheckDb db) =>
        db.Claims.AsNoTracking().AsSplitQuery().Include(c => c.Claimant).Include(c => c.Appearances).ThenInclude(a => a.Source)
            .Where(c => !Unreviewed.Contains(c.EvidenceStatus));
}
