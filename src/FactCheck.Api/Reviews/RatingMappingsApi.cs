using FactCheck.Api.Http;
using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>GET /api/v1/rating-mappings, GET /api/v1/rating-mappings/unmapped (editors), PUT /api/v1/rating-mappings/{label} (admins).</summary>
public static class RatingMappingsApi
{
    public static RouteGroupBuilder MapRatingMappings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/rating-mappings").WithTags("Rating mappings").WithValidation();

        group.MapGet("/", List).WithName("ListRatingMappings")
            .WithSummary("List rating mappings")
            .WithDescription("Every known textual rating (normalised: see `PUT`) with the evidence status it stands for, in label order: the seeded "
                + "table of the labels of the world's fact-checkers (English, Spanish, French, German, Portuguese, Italian, Russian, Ukrainian, Arabic, "
                + "Hindi, Turkish, Polish, Dutch, Indonesian, and house scales such as PolitiFact's, the Washington Post's Pinocchios and Pagella "
                + "Politica's; each `note` says who uses the label), and what admins added. Imports use it to set the status of the claims they review; "
                + "a rating it does not know falls back on the review's numbers, else leaves the status alone and is reported.");
        group.MapGet("/unmapped", Unmapped).WithName("ListUnmappedRatings")
            .WithSummary("List the ratings no mapping knows")
            .WithDescription("The labels of stored reviews that no mapping knows (normalised, as `PUT` takes them), the most used first: how many live "
                + "reviews of live claims carry each, how many of those the numeric fallback mapped by their numbers, when the first and last were "
                + "stored, the publishers that use it, and a sample (the last review stored with it and its claim). Counted from the reviews "
                + "themselves, so deleted and purged reviews are never in it. Map one with `PUT /rating-mappings/{label}`, which applies it to "
                + "these reviews. Cursor paged.")
            .RequireAuthorization(Policies.Edit);
        group.MapPut("/{label}", Put).WithName("PutRatingMapping")
            .WithSummary("Set a rating mapping")
            .WithDescription("Maps a textual rating to an evidence status, adding it or replacing the old status, and applies it to the reviews already "
                + "stored with that label: the claim of each moves to the new status if its status is still the mappings' to set (`unverified` and "
                + "not set so by an editor, or set by a review of this label), with a rationale naming the mapping and the review, in the claim's "
                + "history under the admin's name. Claims whose status an editor set by hand (`POST /claims/{id}/status`), or another review's rating "
                + "set, are left alone. The answer counts the reviews, the claims changed and the claims left because set by hand. Applied 500 claims "
                + "at a time, each batch committed on its own: if the request is cut short, the same `PUT` again finishes the work.\n\n"
                + "The label in the path is normalised as imports normalise ratings: case, diacritics and Unicode compatibility forms folded "
                + "(`ＦＡＬＳＥ`, `Größtenteils` as `grosstenteils`, Arabic and Devanagari letter variants), quotes and punctuation around it dropped, "
                + "a lead-in (`Rating:`, `Verdict –`) and an explanation after a colon or dash cut off (`Pants%20On%20Fire!` is stored as "
                + "`pants on fire`, `False%20%E2%80%93%20the%20photo%20is%20old` as `false`).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(Policies.Administer);
        return group;
    }

    private static async Task<Ok<RatingMappingListResponse>> List(FactCheckDb db, CancellationToken cancellationToken)
    {
        var rows = await db.RatingMappings.AsNoTracking().OrderBy(m => m.Label).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RatingMappingListResponse([.. rows.Select(ToResponse)]));
    }

    private static async Task<Ok<Page<UnmappedLabelResponse>>> Unmapped(
        [AsParameters] UnmappedRatingsQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http) =>
        TypedResults.Ok(await UnmappedRatings.PageAsync(db, cursors, query, http));

    private static async Task<Results<Ok<RatingMappingChangeResponse>, ValidationProblem>> Put(
        string label, RatingMappingRequest request, FactCheckDb db, CancellationToken cancellationToken)
    {
        var normalised = RatingLabels.Normalise(label);
        if (normalised.Length is 0 or > RatingLabels.MaxLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["label"] = [$"'label' must hold 1 to {RatingLabels.MaxLength} characters besides spaces and punctuation."] },
                title: "One or more fields are invalid.", detail: "See 'errors' for each field at fault.", type: ProblemTypes.Validation);
        }
        var mapping = await db.RatingMappings.FindAsync([normalised], cancellationToken);
        if (mapping is null)
        {
            mapping = new RatingMapping { Label = normalised, UpdatedBy = db.Editor.Name };
            db.RatingMappings.Add(mapping);
        }
        mapping.Status = request.Status;
        mapping.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        mapping.UpdatedAt = db.Now;
        mapping.UpdatedBy = db.Editor.Name;
        var applied = await new RatingRemapping(db).SaveAndApplyAsync(mapping, cancellationToken);
        return TypedResults.Ok(new RatingMappingChangeResponse(mapping.Label, mapping.Status, mapping.Note, mapping.UpdatedAt, mapping.UpdatedBy,
            applied.Reviews, applied.ClaimsChanged, applied.ClaimsSetByHand));
    }

    private static RatingMappingResponse ToResponse(RatingMapping m) => new(m.Label, m.Status, m.Note, m.UpdatedAt, m.UpdatedBy);
}
