using FactCheck.Api.Http;
using FactCheck.Api.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Claims;

/// <summary>
/// The claims list with <c>q</c>: every matching claim that passes the filters, in the list's own order and keyset pages,
/// none left out however many match. Found from the cheaper side: for a term in few records, all of its claims, filtered
/// and sorted by SQLite; otherwise the filtered claims in list order, a batch at a time, their records read by rowid and
/// checked against the term until the page is full.
/// </summary>
internal static class ClaimListSearch
{
    private const int MaxBatch = 1000;

    /// <summary>A term's records are counted up to this many; with more, its claims are never all read.</summary>
    private const int TermRowsLimit = 50_000;

    /// <summary>Filtered claims up to this many are walked in full rather than the term's records read.</summary>
    private const int FewClaims = 2000;

    private const int RecordsPerClaim = 2;

    /// <summary>Up to <paramref name="take"/> matching claims of <paramref name="filtered"/> past <paramref name="after"/>, with their parts.</summary>
    public static async Task<List<Claim>> PageAsync(FactCheckDb db, IQueryable<Claim> filtered, bool filtersGiven, SearchExpression expression, string? sort,
        CursorPosition? after, int take, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await ByTermAsync(db, filtered, filtersGiven, expression.Match, take, cancellationToken))
            {
                var matching = TextMatches.ClaimsOf(db, expression.Match);
                return await filtered.Where(c => matching.Contains(c.Id)).SortAndSeek(sort, after).Take(take).WithParts().ToListAsync(cancellationToken);
            }
            var found = await WalkAsync(db, filtered, expression, sort, after, take, cancellationToken);
            return await filtered.Where(c => found.Contains(c.Id)).SortAndSeek(sort, null).WithParts().ToListAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> ByTermAsync(FactCheckDb db, IQueryable<Claim> filtered, bool filtersGiven, string match, int take,
        CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        const int Cost = RecordsPerClaim * SearchCandidates.LookupCost;
        if (filtersGiven)
        {
            // Few filtered claims: walk them all, unless the term has fewer records still. Many: each batch of the walk may
            // sort all of them (as the list itself does for such a filter), so the term's records are read instead when
            // they can be counted. Records are counted only as far as could change the answer.
            var claims = await filtered.Take(FewClaims + 1).CountAsync(cancellationToken);
            return claims <= FewClaims
                ? await SearchStatistics.CountUpToAsync(connection, match, claims * Cost + 1, cancellationToken) <= claims * Cost
                : await SearchStatistics.CountUpToAsync(connection, match, TermRowsLimit, cancellationToken) < TermRowsLimit;
        }
        // Unfiltered, the walk follows an index in list order and reads each claim's records until `take` match, which
        // takes take / (share of records matching) claims: reading the term's n records is cheaper while n² ≤ take · rows · cost.
        var rows = (await SearchStatistics.TotalsAsync(connection, cancellationToken)).Rows;
        var most = (int)Math.Min(TermRowsLimit, Math.Sqrt((double)take * rows * Cost));
        return await SearchStatistics.CountUpToAsync(connection, match, most + 1, cancellationToken) <= most;
    }

    private static async Task<List<Guid>> WalkAsync(FactCheckDb db, IQueryable<Claim> filtered, SearchExpression expression, string? sort, CursorPosition? after,
        int take, CancellationToken cancellationToken)
    {
        var found = new List<Guid>();
        var batch = Math.Max(2 * take, 50);
        while (found.Count < take)
        {
            var candidates = await filtered.SortAndSeek(sort, after).Take(batch).ToListAsync(cancellationToken);
            var matching = candidates.Count == 0 ? []
                : await TextMatches.AmongAsync((SqliteConnection)db.Database.GetDbConnection(), expression, candidates.Select(c => c.Id), cancellationToken);
            found.AddRange(candidates.Where(c => matching.Contains(c.Id)).Select(c => c.Id).Take(take - found.Count));
            if (candidates.Count < batch)
            {
                break;
            }
            after = ClaimSorting.PositionOf(candidates[^1], sort);
            batch = Math.Min(2 * batch, MaxBatch);
        }
        return found;
    }
}
