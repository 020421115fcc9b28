using System.Data.Common;

namespace FactCheck.Api.Matching;

/// <summary>
/// Takes out of the index the claims of the next run that are queued yet indexed, so that none is indexed twice. The
/// triggers never leave a claim in both (they take a changed claim out as they queue it); this is for a database whose
/// tables were edited by hand.
/// </summary>
internal sealed class MatchIndexRepair(DbConnection connection, DbTransaction transaction)
{
    public async Task RemoveIndexedAmongQueuedAsync(int size, CancellationToken cancellationToken)
    {
        var indexed = new List<(long Row, long[] Terms)>();
        await using (var command = connection.Command(transaction, SqliteMatchSql.IndexedAmongQueued, "@run").With("@run", size))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexed.Add((reader.GetInt64(0), MatchTerms.Parse(reader.GetString(1))));
            }
        }
        if (indexed.Count == 0)
        {
            return;
        }
        await using var posting = connection.Command(transaction, SqliteMatchSql.RemovePosting, "@term", "@row");
        await using var uncount = connection.Command(transaction, SqliteMatchSql.UncountClaim, "@term");
        await using var drop = connection.Command(transaction, SqliteMatchSql.DropUnusedTerm, "@term");
        await using var claim = connection.Command(transaction, SqliteMatchSql.RemoveClaim, "@row");
        foreach (var (row, terms) in indexed)
        {
            foreach (var term in terms)
            {
                await posting.With("@term", term).With("@row", row).ExecuteNonQueryAsync(cancellationToken);
                await uncount.With("@term", term).ExecuteNonQueryAsync(cancellationToken);
                await drop.With("@term", term).ExecuteNonQueryAsync(cancellationToken);
            }
            await claim.With("@row", row).ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
