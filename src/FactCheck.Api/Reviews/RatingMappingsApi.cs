using FactCheck.Api.Http;
using FactCheck.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Reviews;

/// <summary>GET /api/v1/rating-mappings, PUT /api/v1/rating-mappings/{label} (admins).</summary>
public static class RatingMappingsApi
{
    public static RouteGroupBuilder MapRatingMappings(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/rating-mappings").WithTags("Rating mappings").WithValidation();

        group.MapGet("/", List).WithName("ListRatingMappings")
            .WithSummary("List rating mappings")
            .WithDescription("Every known textual rating (normalised: lower case, no diacritics, single spaces) with the evidence status it stands for, "
                + "in label order. Imports use it to set the status of the claims they review; an unmapped rating leaves the status alone and is reported.");
        group.MapPut("/{label}", Put).WithName("PutRatingMapping")
            .WithSummary("Set a rating mapping")
            .WithDescription("Maps a textual rating to an evidence status, adding it or replacing the old status. The label in the path is normalised "
                + "(`Pants%20On%20Fire!` is stored as `pants on fire`). Admins only.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(Policies.Administer);
        return group;
    }

    private static async Task<Ok<RatingMappingListResponse>> List(FactCheckDb db, CancellationToken cancellationToken)
    {
        var rows = await db.RatingMappings.AsNoTracking().OrderBy(m => m.Label).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RatingMappingListResponse([.. rows.Select(ToResponse)]));
    }

    private static async Task<Results<Ok<RatingMappingResponse>, ValidationProblem>> Put(
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
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(mapping));
    }

    private static RatingMappingResponse ToResponse(RatingMapping m) => new(m.Label, m.Status, m.Note, m.UpdatedAt, m.UpdatedBy);
}
