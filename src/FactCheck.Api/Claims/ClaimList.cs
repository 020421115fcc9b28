using FactCheck.Api.Common;
using FactCheck.Api.Http;
using FactCheck.Api.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>GET /api/v1/claims: filters, sorts and keyset paging.</summary>
public static class ClaimList
{
    public const string Description = "Claims, each with its claimant, sources, rebuttals and evidence, by default in the order they were recorded. "
        + "Filter by `claimantId`, `evidenceStatus` (repeat it for several), `topic`, `language`, `madeFrom`/`madeTo` (ISO 8601; `madeTo` exclusive), "
        + "`hasRebuttal`, `hasEvidence`, `updatedSince`, and `q` (full text in the statement, summary, rebuttals and evidence; syntax as in search; "
        + "not ranked: every matching claim is listed, in the list's order, and paging reaches all of them). Sort with `sort=madeAt`, `createdAt` or `updatedAt`, `-` first for descending "
        + "(`sort=-madeAt`). Cursor paged for every sort; a cursor only works with the sort that gave it out. "
        + "`includeDeleted=true` (editors) also lists deleted claims.";

    public static async Task<Results<Ok<Page<ClaimResponse>>, ProblemHttpResult>> ListAsync(
        [AsParameters] ClaimListQuery query, FactCheckDb db, CursorCodec cursors, HttpContext http)
    {
        if (http.DenyIncludeDeleted(query.IncludeDeleted) is { } denied)
        {
            return denied;
        }
        var limit = CursorCodec.LimitOf(query);
        cursors.TryDecode(query.Cursor, ClaimSorting.NameOf(query.Sort), out var after);
        var claims = db.Claims.AsNoTracking().Visible(query.IncludeDeleted).Filter(query);
        var rows = query.Q is not null && SearchSyntax.TryParseExpression(query.Q, out var expression, out _)
            ? await ClaimListSearch.PageAsync(db, claims, FiltersGiven(query), expression, query.Sort, after, limit + 1, http.RequestAborted)
            : await claims.SortAndSeek(query.Sort, after).Take(limit + 1).WithParts().ToListAsync(http.RequestAborted);
        return TypedResults.Ok(cursors.ToPage(http, rows, limit, c => ClaimSorting.PositionOf(c, query.Sort), c => c.ToResponse()));
    }

    private static bool FiltersGiven(ClaimListQuery q) => q.ClaimantId is not null || q.EvidenceStatus is { Length: > 0 } || q.Topic is not null
        || q.Language is not null || q.MadeFrom is not null || q.MadeTo is not null || q.UpdatedSince is not null || q.HasRebuttal is not null
        || q.HasEvidence is not null;

    private static IQueryable<Claim> Filter(this IQueryable<Claim> claims, ClaimListQuery query)
    {
        var statuses = (query.EvidenceStatus ?? []).Select(Vocabulary.Parse<EvidenceStatus>).ToList();
        var topic = query.Topic?.Trim().ToLowerInvariant();
        if (query.ClaimantId is { } claimantId)
        {
            claims = claims.Where(c => c.ClaimantId == claimantId);
        }
        if (statuses.Count > 0)
        {
            claims = claims.Where(c => statuses.Contains(c.EvidenceStatus));
        }
        if (topic is not null)
        {
            claims = claims.Where(c => c.Topics.Contains(topic));
        }
        if (query.Language is not null)
        {
            claims = claims.Where(c => c.Language == query.Language);
        }
        if (query.MadeFrom?.ToUtc() is { } from)
        {
            claims = claims.Where(c => c.MadeAt >= from);
        }
        if (query.MadeTo?.ToUtc() is { } to)
        {
            claims = claims.Where(c => c.MadeAt < to);
        }
        if (query.UpdatedSince?.ToUtc() is { } since)
        {
            claims = claims.Where(c => c.UpdatedAt >= since);
        }
        if (query.HasRebuttal is { } hasRebuttal)
        {
            // Deleted rebuttals do not count, also in the editors' list with includeDeleted=true, which ignores the query filters.
            claims = claims.Where(c => c.Rebuttals.Any(r => r.DeletedAt == null) == hasRebuttal);
        }
        if (query.HasEvidence is { } hasEvidence)
        {
            claims = claims.Where(c => c.Evidence.Any(e => e.DeletedAt == null) == hasEvidence);
        }
        return claims;
    }
}
