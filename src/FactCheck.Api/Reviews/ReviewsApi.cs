using FactCheck.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviews(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/claims/{claimId:guid}/reviews").WithTags("Reviews").WithValidation();

        group.MapGet("/", List).WithName("ListReviews")
            .WithSummary("List a claim's reviews")
            .WithDescription("Fact-check articles published about the claim (by anyone), oldest first, cursor paged.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{reviewId:guid}", Get).WithName("GetReview")
            .WithSummary("Get a review")
            .WithDescription("One review of the claim, with an `ETag` header.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateReview")
            .WithSummary("Add a review")
            .WithDescription("Records a fact-check article about the claim: publisher, URL (unique: 409 if another review has it), "
                + "title, date, language and the publisher's verdict, in words and optionally on its numeric scale.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{reviewId:guid}", Update).WithName("UpdateReview")
            .WithSummary("Replace a review")
            .WithDescription("Replaces every field of the review. The change is kept in the claim's history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapReviewTombstones();
        group.MapDelete("/{reviewId:guid}", Delete).WithName("DeleteReview")
            .WithSummary("Delete a review")
            .WithDescription("Deletes the review, leaving a tombstone (which keeps its URL) that can be restored; readers no longer see it anywhere (its history included); editors still do.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<Page<ReviewResponse>>, ProblemHttpResult>> List(
        Guid claimId, [AsParameters] PageQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        var limit = CursorCodec.LimitOf(query);
        var after = cursors.AfterId(query);
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => r.ClaimId == claimId && (after == null || r.Id > after))
            .OrderBy(r => r.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, r => r.Id, r => r.ToResponse()));
    }

    private static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Get(Guid claimId, Guid reviewId, FactCheckDb db, HttpContext http)
    {
        var review = await Find(db, claimId, reviewId).AsNoTracking().FirstOrDefaultAsync(http.RequestAborted);
        return review is null ? Problems.NotFound("review of this claim", reviewId) : Respond(review, http);
    }

    private static async Task<Results<Created<ReviewResponse>, ProblemHttpResult>> Create(
        Guid claimId, ReviewRequest request, FactCheckDb db, HttpContext http)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, http.RequestAborted))
        {
            return Problems.NotFound("claim", claimId);
        }
        if (await UrlTakenAsync(db, request.Url, except: null, http.RequestAborted) is { } other)
        {
            return UrlConflict(other);
        }
        var review = new Review { ClaimId = claimId, PublisherName = "", Url = request.Url, TextualRating = "" };
        review.Apply(request);
        db.Reviews.Add(review);
        await db.SaveChangesAsync(http.RequestAborted);
        http.SetETag(ETags.Of(review.Version));
        return TypedResults.Created($"/api/v1/claims/{claimId}/reviews/{review.Id}", review.ToResponse());
    }

    private static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Update(
        Guid claimId, Guid reviewId, ReviewRequest request, FactCheckDb db, HttpContext http)
    {
        var review = await Find(db, claimId, reviewId).FirstOrDefaultAsync(http.RequestAborted);
        if (review is null)
        {
            return Problems.NotFound("review of this claim", reviewId);
        }
        if (http.CheckIfMatch(ETags.Of(review.Version)) is { } failed)
        {
            return failed;
        }
        if (await UrlTakenAsync(db, request.Url, except: reviewId, http.RequestAborted) is { } other)
        {
            return UrlConflict(other);
        }
        review.Apply(request);
        await db.SaveChangesAsync(http.RequestAborted);
        return Respond(review, http);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid claimId, Guid reviewId, FactCheckDb db, HttpContext http)
    {
        var review = await Find(db, claimId, reviewId).FirstOrDefaultAsync(http.RequestAborted);
        if (review is null)
        {
            return Problems.NotFound("review of this claim", reviewId);
        }
        if (http.CheckIfMatch(ETags.Of(review.Version)) is { } failed)
        {
            return failed;
        }
        review.Bury(db);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static IQueryable<Review> Find(FactCheckDb db, Guid claimId, Guid reviewId) =>
        db.Reviews.Where(r => r.Id == reviewId && r.ClaimId == claimId && db.Claims.Any(c => c.Id == r.ClaimId));

    private static Ok<ReviewResponse> Respond(Review review, HttpContext http)
    {
        http.SetETag(ETags.Of(review.Version));
        return TypedResults.Ok(review.ToResponse());
    }

    private static ProblemHttpResult UrlConflict(Guid other) =>
        Problems.Conflict($"The URL is already recorded as review '{other}' (if that review was deleted, it keeps its URL).");

    /// <summary>Tombstones keep their URL, so the check looks past the query filter.</summary>
    internal static Task<Guid?> UrlTakenAsync(FactCheckDb db, string url, Guid? except, CancellationToken cancellationToken) =>
        db.Reviews.IgnoreQueryFilters().Where(r => r.Url == url && r.Id != except).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
}
