using System.Globalization;
using FactCheck.Api.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Search;

/// <summary>
/// Queries the FTS5 table <c>search_index</c>, which triggers on claims, rebuttals, evidence and actors keep in step
/// with every write, in the same transaction (see the SearchIndex migration). Tombstones are removed from it; parts
/// of a deleted claim stay indexed (they come back on restore) and are hidden here by joining the claim.
/// </summary>
public static class SearchIndex
{
    public const string Sort = "relevance";
    public static readonly string[] Kinds = ["claim", "rebuttal", "evidence", "actor"];

    /// <summary>
    /// At most this many matches are ranked: the most recently indexed ones among those that pass the filters. A word in
    /// most records thus costs a bounded amount of work; filters are exact either way.
    /// </summary>
    public const int RankedLimit = 2000;

    internal static async Task<List<SearchRow>> SearchAsync(FactCheckDb db, SearchExpression expression, SearchQuery query, CursorPosition? after,
        int take, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var totals = await SearchStatistics.TotalsAsync(connection, cancellationToken);
            var frequencies = new List<double>();
            foreach (var phrase in expression.Phrases)
            {
                frequencies.Add(await SearchStatistics.DocumentFrequencyAsync(connection, phrase.Match, totals, cancellationToken));
            }
            if (frequencies.Min() == 0)
            {
                return []; // a phrase found nowhere: nothing has them all
            }
            var candidates = await SearchCandidates.NewestAsync(connection, expression, SearchFilters.Of(query), frequencies.Min(),
                RankedLimit, cancellationToken);
            var bm25 = new Bm25(expression.Phrases, frequencies, totals);
            var page = Rank(candidates.Select(c => (Candidate: c, Score: bm25.Score(c.Body))), after).Take(take).ToList();
            var snippets = await SnippetsAsync(connection, expression.Match, page.Select(p => p.Candidate.RowId), cancellationToken);
            return [.. page.Select(p => new SearchRow
            {
                Kind = p.Candidate.Kind, EntityId = p.Candidate.EntityId, ClaimId = p.Candidate.ClaimId,
                Snippet = snippets.GetValueOrDefault(p.Candidate.RowId, ""), Score = p.Score,
            })];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static CursorPosition PositionOf(SearchRow row) => new(Sort, row.Score.ToString("R", CultureInfo.InvariantCulture), row.EntityId);

    /// <summary>Best first, ties by id; past the cursor's (score, id) when there is one.</summary>
    private static IEnumerable<(SearchCandidate Candidate, double Score)> Rank(IEnumerable<(SearchCandidate Candidate, double Score)> scored, CursorPosition? after)
    {
        if (after is not null && double.TryParse(after.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var lastScore))
        {
            var lastId = after.Id.ToString();
            scored = scored.Where(s => s.Score < lastScore
                || (s.Score == lastScore && string.CompareOrdinal(s.Candidate.EntityId.ToString(), lastId) > 0));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.EntityId.ToString(), StringComparer.Ordinal);
    }

    /// <summary>snippet() re-reads and re-tokenises the text, so only the page's records get one.</summary>
    private static async Task<Dictionary<long, string>> SnippetsAsync(SqliteConnection connection, string match, IEnumerable<long> rowIds,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT s.rowid, snippet(search_index, 3, '<mark>', '</mark>', '…', 16)
            FROM json_each($rowids) AS p CROSS JOIN search_index AS s ON s.rowid = p.value
            WHERE search_index MATCH $match
            """, ("$rowids", "[" + string.Join(",", rowIds) + "]"), ("$match", match));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snippets = new Dictionary<long, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            snippets[reader.GetInt64(0)] = reader.GetString(1);
        }
        return snippets;
    }
}
