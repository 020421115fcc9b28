using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Search;

/// <summary>Claims a full-text query matches: in their statement or summary, or in their live rebuttals or evidence.</summary>
public static class TextMatches
{
    /// <summary>The claim of every matching record, as a subquery the claims list composes with its filters and sort.</summary>
    public static IQueryable<Guid> ClaimsOf(FactCheckDb db, string match) => db.Database.SqlQueryRaw<Guid>(
        "SELECT claim_id AS Value FROM search_index WHERE search_index MATCH $match AND claim_id IS NOT NULL", new SqliteParameter("$match", match));

    /// <summary>Those of <paramref name="claimIds"/> that match, each of their records looked up by rowid.</summary>
    public static async Task<HashSet<Guid>> AmongAsync(FactCheckDb db, string match, IEnumerable<Guid> claimIds, CancellationToken cancellationToken)
    {
        // Ids as EF Core stores them (upper-case text). Deleted rebuttals and evidence are not in the index, so they never match.
        var ids = System.Text.Json.JsonSerializer.Serialize(claimIds.Select(id => id.ToString().ToUpperInvariant()));
        var matching = await db.Database.SqlQueryRaw<Guid>("""
            WITH batch(Id) AS (SELECT value FROM json_each($ids)),
            records(EntityId, ClaimId) AS (
                SELECT Id, Id FROM batch
                UNION ALL SELECT p.Id, p.ClaimId FROM batch AS b JOIN rebuttals AS p ON p.ClaimId = b.Id
                UNION ALL SELECT p.Id, p.ClaimId FROM batch AS b JOIN evidence AS p ON p.ClaimId = b.Id)
            SELECT DISTINCT x.ClaimId AS Value
            FROM records AS x JOIN search_rows AS r ON r.EntityId = x.EntityId CROSS JOIN search_index AS s ON s.rowid = r.Id
            WHERE search_index MATCH $match
            """, new SqliteParameter("$ids", ids), new SqliteParameter("$match", match)).ToListAsync(cancellationToken);
        return [.. matching];
    }
}
