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
            filters.Append(" AND s.kind IN (").AppendJoin(", ", kinds.Distinct().Select((k, i) => Add(parameters, $"$kind{i}", k))).Append(')');
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
        filters.Append(claimFilter.Length > 0 ? " AND s.claim_id IS NOT NULL" + claimFilter : "");
        var seek = "";
        if (after is not null && double.TryParse(after.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var lastScore))
        {
            seek = "WHERE Score < $lastScore OR (Score = $lastScore AND EntityId > $lastId)";
            parameters.Add(new("$lastScore", lastScore));
            parameters.Add(new("$lastId", after.Id.ToString().ToUpperInvariant()));
        }
        var sql = $"""
            SELECT * FROM (
                SELECT s.kind AS Kind, s.entity_id AS EntityId, s.claim_id AS ClaimId,
                    snippet(search_index, 3, '<mark>', '</mark>', '…', 16) AS Snippet, -bm25(search_index) AS Score
                FROM search_index AS s LEFT JOIN claims AS c ON c.Id = s.claim_id
                WHERE search_index MATCH $match
                    AND s.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $cap)
                    AND (s.claim_id IS NULL OR c.DeletedAt IS NULL){filters})
            {seek}
            ORDER BY Score DESC, EntityId
            LIMIT $take
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
