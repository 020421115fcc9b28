using Microsoft.Data.Sqlite;

namespace FactCheck.Api.Search;

/// <summary>A live record that matched, with its text, to be scored.</summary>
internal sealed record SearchCandidate(long RowId, string Kind, Guid EntityId, Guid? ClaimId, string Body);

/// <summary>
/// The newest matches that pass the filters (newest by rowid: the order records were first indexed), at most
/// <c>limit</c>. The filters apply before the limit, so every filtered match is among them when there are no more than
/// <c>limit</c>. Found from the smaller side: the term's matches, newest first, each checked against the filters; or the
/// filtered claims' records (claim, rebuttals, evidence), or the actors for <c>kind=actor</c>, each checked against the
/// term (<see cref="SearchMatcher"/>).
/// </summary>
internal static class SearchCandidates
{
    /// <summary>
    /// A record read by rowid and checked costs about this many records walked in the term's list (measured at 1M claims;
    /// a record FTS5 must check by rowid costs about 30).
    /// </summary>
    internal const int LookupCost = 2;

    /// <summary>Filtered claims (or actors) are counted up to this many; more are never read one by one.</summary>
    private const int CountLimit = 20_000;

    public static async Task<List<SearchCandidate>> NewestAsync(SqliteConnection connection, SearchExpression expression, SearchFilters filters,
        double termRows, int limit, CancellationToken cancellationToken)
    {
        if (filters.Kinds.Count == 0)
        {
            return [];
        }
        var parameters = new List<(string, object)>(filters.Parameters) { ("$match", expression.Match), ("$limit", limit) };
        // Records found from the filters: the filtered claims' records, or the actors when only actors are asked for.
        var (fromRecords, count) = filters.OnClaim.Length > 0 ? (FromClaims(filters), ClaimsCount(filters))
            : filters.Kinds is ["actor"] ? (FromActors, ActorsCount) : (null, null);
        if (fromRecords is null || !await RecordsAreFewerAsync(connection, count!, filters, termRows, limit, cancellationToken))
        {
            return await ReadAsync(connection, FromTerm(filters, parameters), parameters, cancellationToken);
        }
        var records = await ReadAsync(connection, fromRecords, filters.Parameters, cancellationToken);
        var matching = await SearchMatcher.RowIdsAsync(connection, expression, records, r => r.RowId, r => r.Body, cancellationToken);
        return [.. records.Where(r => matching.Contains(r.RowId)).OrderByDescending(r => r.RowId).Take(limit)];
    }

    private static async Task<List<SearchCandidate>> ReadAsync(SqliteConnection connection, string sql, IEnumerable<(string, object)> parameters,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var candidates = new List<SearchCandidate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new SearchCandidate(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.GetString(4)));
        }
        return candidates;
    }

    /// <summary>
    /// Whether reading the records the filters select costs less than walking the term's matches: <paramref name="count"/>
    /// gives how many filtered claims (or actors) there are, up to a limit, and how many there are in all.
    /// </summary>
    private static async Task<bool> RecordsAreFewerAsync(SqliteConnection connection, string count, SearchFilters filters, double termRows, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(count, [.. filters.Parameters, ("$countLimit", CountLimit)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var filtered = reader.GetInt64(0);
        var all = reader.IsDBNull(1) ? 1 : Math.Max(1, reader.GetInt64(1));
        // Walking the term's matches newest first stops after `limit` pass the filters: limit / (share passing) of them.
        var termWalk = Math.Min(termRows, (double)limit * all / Math.Max(1, filtered));
        var recordsEach = filters.OnClaim.Length > 0 ? filters.Kinds.Count : 1;
        return filtered < CountLimit && filtered * recordsEach * LookupCost < termWalk;
    }

    private static string ClaimsCount(SearchFilters filters) =>
        $"SELECT (SELECT count(*) FROM (SELECT 1 FROM claims AS c WHERE c.DeletedAt IS NULL{filters.OnClaim} LIMIT $countLimit)), (SELECT max(rowid) FROM claims)";

    // Actors against every indexed record: only actors are wanted, and the term's matches are of every kind.
    private const string ActorsCount =
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM actors WHERE DeletedAt IS NULL LIMIT $countLimit)), (SELECT max(Id) FROM search_rows)";

    private const string FromActors = """
        SELECT s.rowid, s.kind, s.entity_id, s.claim_id, s.body
        FROM actors AS a CROSS JOIN search_rows AS r ON r.EntityId = a.Id CROSS JOIN search_index AS s ON s.rowid = r.Id
        WHERE a.DeletedAt IS NULL
        """;

    private static string FromTerm(SearchFilters filters, List<(string, object)> parameters) => $"""
        SELECT s.rowid, s.kind, s.entity_id, s.claim_id, s.body
        FROM search_index AS s LEFT JOIN claims AS c ON c.Id = s.claim_id
        WHERE search_index MATCH $match AND (s.claim_id IS NULL OR c.DeletedAt IS NULL){filters.OnKind(parameters)}{(filters.OnClaim.Length > 0 ? " AND s.claim_id IS NOT NULL" + filters.OnClaim : "")}
        ORDER BY s.rowid DESC LIMIT $limit
        """;

    // Every indexed record of the filtered claims, read by rowid (tombstones are not in the index). Materialized, and
    // CROSS JOIN for the order: otherwise SQLite pushes the outer query into each branch of the union and scans all
    // rebuttals and evidence for the filtered claims' ones.
    private static string FromClaims(SearchFilters filters)
    {
        var records = new List<string>();
        if (filters.Kinds.Contains("claim"))
        {
            records.Add("SELECT Id FROM filtered");
        }
        if (filters.Kinds.Contains("rebuttal"))
        {
            records.Add("SELECT p.Id FROM filtered AS f CROSS JOIN rebuttals AS p ON p.ClaimId = f.Id");
        }
        if (filters.Kinds.Contains("evidence"))
        {
            records.Add("SELECT p.Id FROM filtered AS f CROSS JOIN evidence AS p ON p.ClaimId = f.Id");
        }
        return $"""
            WITH filtered AS MATERIALIZED (SELECT c.Id FROM claims AS c WHERE c.DeletedAt IS NULL{filters.OnClaim}),
            records(EntityId) AS MATERIALIZED ({string.Join(" UNION ALL ", records)})
            SELECT s.rowid, s.kind, s.entity_id, s.claim_id, s.body
            FROM records AS x CROSS JOIN search_rows AS r ON r.EntityId = x.EntityId CROSS JOIN search_index AS s ON s.rowid = r.Id
            """;
    }
}
