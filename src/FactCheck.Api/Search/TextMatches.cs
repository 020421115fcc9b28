using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FactCheck.Api.Search;

/// <summary>Claims a full-text query matches: in their statement or summary, or in their live rebuttals or evidence.</summary>
public static class TextMatches
{
    /// <summary>The claim of every matching record, as a subquery the claims list composes with its filters and sort.</summary>
    public static IQueryable<Guid> ClaimsOf(FactCheckDb db, string match) => db.Database.SqlQueryRaw<Guid>(
        "SELECT claim_id AS Value FROM search_index WHERE search_index MATCH $match AND claim_id IS NOT NULL", new SqliteParameter("$match", match));

    /// <summary>Those of <paramref name="claimIds"/> that match, their records read by rowid and checked one by one.</summary>
    public static async Task<HashSet<Guid>> AmongAsync(SqliteConnection connection, SearchExpression expression, IEnumerable<Guid> claimIds,
        CancellationToken cancellationToken)
    {
        // Ids as EF Core stores them (upper-case text). Deleted rebuttals and evidence are not in the index, so they never match.
        // Materialized and CROSS JOIN, so SQLite follows the batch's ids instead of scanning every rebuttal and evidence item.
        var ids = System.Text.Json.JsonSerializer.Serialize(claimIds.Select(id => id.ToString().ToUpperInvariant()));
        await using var command = connection.Command("""
            WITH batch(Id) AS MATERIALIZED (SELECT value FROM json_each($ids)),
            records(EntityId, ClaimId) AS MATERIALIZED (
                SELECT Id, Id FROM batch
                UNION ALL SELECT p.Id, p.ClaimId FROM batch AS b CROSS JOIN rebuttals AS p ON p.ClaimId = b.Id
                UNION ALL SELECT p.Id, p.ClaimId FROM batch AS b CROSS JOIN evidence AS p ON p.ClaimId = b.Id)
            SELECT s.rowid, x.ClaimId, s.body
            FROM records AS x CROSS JOIN search_rows AS r ON r.EntityId = x.EntityId CROSS JOIN search_index AS s ON s.rowid = r.Id
            """, ("$ids", ids));
        var records = new List<(long RowId, Guid ClaimId, string Body)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add((reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2)));
            }
        }
        var matching = await SearchMatcher.RowIdsAsync(connection, expression, records, r => r.RowId, r => r.Body, cancellationToken);
        return [.. records.Where(r => matching.Contains(r.RowId)).Select(r => r.ClaimId)];
    }
}
