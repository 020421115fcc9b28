using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FactCheck.Api.Matching;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>Text to find recorded claims like it.</summary>
/// <param name="Text">The text: a claim heard again, perhaps in other words.</param>
/// <param name="Limit">At most this many matches (1–20, default 5).</param>
/// <param name="Language">BCP 47 language tag of the text, whose stopwords are ignored; by default, the language its stopwords suggest.</param>
public sealed record ClaimMatchRequest(string Text, int? Limit = null, string? Language = null);

/// <summary>How many similar claims to return (1–20, default 5).</summary>
public sealed record SimilarClaimsQuery([FromQuery(Name = "limit")] int? Limit);

/// <summary>A recorded claim and how similar it is, from 0 (nothing shared) to 1 (the same words).</summary>
public sealed record ClaimMatch(ClaimResponse Claim, double Score);

/// <summary>Matches, the most similar first.</summary>
public sealed record ClaimMatches(IReadOnlyList<ClaimMatch> Items);

public static class ClaimMatchApi
{
    public const int MaxLimit = 20;

    public static void MapClaimMatching(this RouteGroupBuilder group)
    {
        group.MapPost("/match", MatchAsync).WithName("MatchClaim")
            .WithSummary("Find claims like a text")
            .WithDescription("Finds recorded claims similar to `text` (a claim heard again, perhaps in other words), the most similar first, "
                + "each with a `score` from 0 to 1: the cosine of the two texts' normalized words (case, diacritics, common endings "
                + "and stopwords ignored), each word weighted by how rare it is among the claims, so 1 means the same words. "
                + "Stopwords are those of `language` (BCP 47; English, Spanish, French, German, Portuguese, Italian and Russian have "
                + "lists) or, without it, of the language the text's stopwords point to; each claim is read in its own `language`. "
                + "Candidates come from the text's rarest words, so the answer takes about as long however common its words are. "
                + "Changes nothing, but like every POST it needs an editor key.");
        group.MapGet("/{id:guid}/similar", SimilarAsync).WithName("ListSimilarClaims")
            .WithSummary("Claims similar to a claim")
            .WithDescription("Other claims whose statement and summary are like this claim's, the most similar first, each with a `score` "
                + "from 0 to 1, scored as `POST /claims/match` scores a text in the claim's `language`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<ClaimMatches>> MatchAsync(ClaimMatchRequest request, FactCheckDb db, HttpContext http) =>
        TypedResults.Ok(await FindAsync(db, request.Text, request.Language, null, request.Limit ?? 5, http.RequestAborted));

    private static async Task<Results<Ok<ClaimMatches>, ProblemHttpResult>> SimilarAsync(Guid id, [AsParameters] SimilarClaimsQuery query, FactCheckDb db, HttpContext http)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (claim is null)
        {
            return Problems.NotFound("claim", id);
        }
        return TypedResults.Ok(await FindAsync(db, $"{claim.Statement} {claim.Summary}", claim.Language, id, query.Limit ?? 5, http.RequestAborted));
    }

    private static async Task<ClaimMatches> FindAsync(FactCheckDb db, string text, string? language, Guid? except, int limit,
        CancellationToken cancellationToken)
    {
        var stems = TextStems.Of(text, language);
        if (stems.Count == 0)
        {
            return new([]);
        }
        var matches = new List<ClaimMatch>();
        foreach (var (claimId, score) in await MatchFinder.FindAsync(db, stems, except, limit, cancellationToken))
        {
            // Read as GET /claims/{id} reads a claim: small compiled queries, cheaper than an Include tree for a few claims.
            // The index holds live claims only; one deleted since the match was read is left out.
            if (await ClaimReads.WithPartsAsync(db, claimId, cancellationToken) is { } claim)
            {
                matches.Add(new ClaimMatch(claim.ToResponse(), score));
            }
        }
        return new(matches);
    }
}

internal sealed class ClaimMatchRequestValidator : AbstractValidator<ClaimMatchRequest>
{
    public ClaimMatchRequestValidator()
    {
        RuleFor(r => r.Text).Text(Rules.StatementMaxLength);
        RuleFor(r => r.Limit).InclusiveBetween(1, ClaimMatchApi.MaxLimit);
        RuleFor(r => r.Language).LanguageTag();
    }
}

internal sealed class SimilarClaimsQueryValidator : AbstractValidator<SimilarClaimsQuery>
{
    public SimilarClaimsQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ClaimMatchApi.MaxLimit);
}
