using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>Text to find recorded claims like it. <paramref name="Limit"/>: at most this many matches (1–20, default 5).</summary>
public sealed record ClaimMatchRequest(string Text, int? Limit = null);

/// <summary>How many similar claims to return (1–20, default 5).</summary>
public sealed record SimilarClaimsQuery([FromQuery(Name = "limit")] int? Limit);

/// <summary>A recorded claim and how similar it is, from 0 (nothing shared) to 1 (the same words).</summary>
public sealed record ClaimMatch(ClaimResponse Claim, double Score);

/// <summary>Matches, the most similar first.</summary>
public sealed record ClaimMatches(IReadOnlyList<ClaimMatch> Items);

public static class ClaimMatchApi
{
    public const int MaxLimit = 20;
    private const int Candidates = 200;

    public static void MapClaimMatching(this RouteGroupBuilder group)
    {
        group.MapPost("/match", MatchAsync).WithName("MatchClaim")
            .WithSummary("Find claims like a text")
            .WithDescription("Finds recorded claims similar to `text` (a claim heard again, perhaps in other words), the most similar first, "
                + "each with a `score` from 0 to 1. Candidates come from the full-text index; the score compares normalized words "
                + "(case, diacritics, common endings and stopwords ignored). Changes nothing, but like every POST it needs an editor key.");
        group.MapGet("/{id:guid}/similar", SimilarAsync).WithName("ListSimilarClaims")
            .WithSummary("Claims similar to a claim")
            .WithDescription("Other claims whose statement and summary are like this claim's, the most similar first, each with a `score` from 0 to 1.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ClaimMatches>> MatchAsync(ClaimMatchRequest request, FactCheckDb db, HttpContext http) =>
        TypedResults.Ok(await FindAsync(db, request.Text, null, request.Limit ?? 5, http.RequestAborted));

    private static async Task<Results<Ok<ClaimMatches>, ProblemHttpResult>> SimilarAsync(Guid id, [AsParameters] SimilarClaimsQuery query, FactCheckDb db, HttpContext http)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        return TypedResults.Ok(await FindAsync(db, $"{claim.Statement} {claim.Summary}", id, query.Limit ?? 5, http.RequestAborted));
    }

    private static async Task<ClaimMatches> FindAsync(FactCheckDb db, string text, Guid? except, int limit, CancellationToken cancellationToken)
    {
        var stems = ClaimSimilarity.Stems(text);
        if (stems.Count == 0)
        {
            return new([]);
        }
        // Any stem as a prefix finds "smuggling" for "smuggle"; the index ranks, the similarity decides.
        var match = string.Join(" OR ", stems.Select(s => $"\"{s}\"*"));
        var ids = await db.Database.SqlQueryRaw<Guid>(
            "SELECT claim_id AS Value FROM search_index WHERE search_index MATCH $match AND kind = 'claim' ORDER BY rank LIMIT $cap",
            new Microsoft.Data.Sqlite.SqliteParameter("$match", match), new Microsoft.Data.Sqlite.SqliteParameter("$cap", Candidates))
            .ToListAsync(cancellationToken);
        ids.Remove(except ?? Guid.Empty);
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).WithParts().ToListAsync(cancellationToken);
        return new([.. claims
            .Select(c => new ClaimMatch(c.ToResponse(), Math.Round(ClaimSimilarity.Score(stems, ClaimSimilarity.Stems($"{c.Statement} {c.Summary}")), 4)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Claim.Id)
            .Take(limit)]);
    }
}

internal sealed class ClaimMatchRequestValidator : AbstractValidator<ClaimMatchRequest>
{
    public ClaimMatchRequestValidator()
    {
        RuleFor(r => r.Text).Text(Rules.StatementMaxLength);
        RuleFor(r => r.Limit).InclusiveBetween(1, ClaimMatchApi.MaxLimit);
    }
}

internal sealed class SimilarClaimsQueryValidator : AbstractValidator<SimilarClaimsQuery>
{
    public SimilarClaimsQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ClaimMatchApi.MaxLimit);
}
