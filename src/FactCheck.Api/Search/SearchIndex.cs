using System.Globalization;
using System.Text;
using FactCheck.Api.Common;
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

    /// <summary>Only the most recent matches of a term are ranked, so a term in every record costs a bounded amount of work.</summary>
    public const int CandidateCap = 2000;

    internal static async Task<List<SearchRow>> SearchAsync(FactCheckDb db, string match, SearchQuery query, CursorPosition? after, int take, CancellationToken cancellationToken)
    {
        var parameters = new List<SqliteParameter> { new("$match", match), new("$cap", CandidateCap), new("$take", take) };
        var filters = new StringBuilder();
        if (query.Kind is { Length: > 0 } kinds)
        {
            filters.Append(" AND x.Kind IN (").AppendJoin(", ", kinds.Distinct().Select((k, i) => Add(parameters, $"$kind{i}", k))).Append(')');
        }
        var claimFilter = new StringBuilder();
        if (query.ClaimantId is { } claimant)
        {
            claimFilter.Append(" AND c.ClaimantId = ").Append(Add(parameters, "$claimant", claimant.ToString().ToUpperInvariant()));
        }
        if (query.EvidenceStatus is { Length: > 0 } statuses)
        {
            claimFilter.Append(" AND c.EvidenceStatus IN (").AppendJoin(", ", statuses.Distinct()
                .Select((s, i) => Add(parameters, $"$status{i}", Vocabulary.Parse<EvidenceStatus>(s).ToWire()))).Append(')');
        }
        if (query.MadeFrom?.ToUtc() is { } from)
        {
            claimFilter.Append(" AND c.MadeAt >= ").Append(Add(parameters, "$from", Stored(from)));
        }
        if (query.MadeTo?.ToUtc() is { } to)
        {
            claimFilter.Append(" AND c.MadeAt < ").Append(Add(parameters, "$to", Stored(to)));
        }
        // Actors belong to no claim: any claim filter leaves them out.
        filters.Append(claimFilter.Length > 0 ? " AND x.ClaimId IS NOT NULL" + claimFilter : "");
        var seek = "";
        if (after is not null && double.TryParse(after.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var lastScore))
        {
            seek = " AND (x.Score < $lastScore OR (x.Score = $lastScore AND x.EntityId > $lastId))";
            parameters.Add(new("$lastScore", lastScore));
            parameters.Add(new("$lastId", after.Id.ToString().ToUpperInvariant()));
        }
        // Three steps, each materialised so the planner cannot interleave them: the most recent matches (FTS5 walks the
        // term's entries newest first and stops at the cap, scoring only those), then the filters and the page, then a
        // snippet for the page's rows alone (snippet() re-reads and re-tokenises the text, the costliest part).
        var sql = $"""
            WITH candidates AS MATERIALIZED (
                SELECT rowid AS RowId, kind AS Kind, entity_id AS EntityId, claim_id AS ClaimId, -bm25(search_index) AS Score
                FROM search_index WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $cap),
            page AS MATERIALIZED (
                SELECT x.* FROM candidates AS x LEFT JOIN claims AS c ON c.Id = x.ClaimId
                WHERE (x.ClaimId IS NULL OR c.DeletedAt IS NULL){filters}{seek}
                ORDER BY x.Score DESC, x.EntityId
                LIMIT $take)
            SELECT p.Kind, p.EntityId, p.ClaimId, snippet(search_index, 3, '<mark>', '</mark>', '…', 16) AS Snippet, p.Score
            FROM page AS p JOIN search_index AS s ON s.rowid = p.RowId
            WHERE search_index MATCH $match
            ORDER BY p.Score DESC, p.EntityId
            """;
        return await db.Database.SqlQueryRaw<SearchRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>Ids of live claims matching in their statement or summary, or in their rebuttals or evidence.</summary>
    public static async Task<List<Guid>> MatchingClaimIdsAsync(FactCheckDb db, string match, CancellationToken cancellationToken) => (
        await db.Database.SqlQueryRaw<Guid>(
            "SELECT claim_id AS Value FROM search_index WHERE search_index MATCH $match AND claim_id IS NOT NULL "
            + "ORDER BY rowid DESC LIMIT $cap",
            new SqliteParameter("$match", match), new SqliteParameter("$cap", CandidateCap)).ToListAsync(cancellationToken)).Distinct().ToList();

    internal static CursorPosition PositionOf(SearchRow row) => new(Sort, row.Score.ToString("R", CultureInfo.InvariantCulture), row.EntityId);

    private static string Add(List<SqliteParameter> parameters, string name, object value)
    {
        parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    /// <summary>DateTime as EF Core stores it in SQLite TEXT columns, so comparisons with stored values are textual and exact.</summary>
    private static string Stored(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
