using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FactCheck.Api.Matching;

/// <summary>
/// One transaction of <see cref="MatchIndex.CatchUpAsync"/>: the next queued claims indexed and dequeued together, so
/// a claim is either queued or indexed, never both or neither. Claims are stemmed as they are read and kept as term
/// ids only (stems new to the run get a stand-in until the run's new terms are written); the run's terms, claims,
/// postings and counts are then written a few statements each (see <see cref="SqliteMatchSql"/>).
/// </summary>
internal sealed class MatchIndexRun(DbConnection connection, DbTransaction transaction, Dictionary<string, long> termIds)
{
    // Rows per statement: JSON arrays of a megabyte or two, so a run's memory stays flat.
    private const int RowsPerStatement = 100_000;

    private readonly List<(long Row, string ClaimId, long[] Terms)> claims = [];

    // Stems not in termIds, each with its stand-in id (-1, -2, ...).
    private readonly Dictionary<string, long> newStems = new(StringComparer.Ordinal);

    /// <summary>
    /// Indexes up to <paramref name="size"/> queued claims; answers how many left the queue (0: it is empty).
    /// <paramref name="termIds"/> carries term ids from run to run; it is cleared when a term it holds is gone (another
    /// process purged the last claim having it), and the run is made again.
    /// </summary>
    public static async Task<int> IndexNextAsync(FactCheckDb db, int size, Dictionary<string, long> termIds, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var run = new MatchIndexRun(db.Database.GetDbConnection(), transaction.GetDbTransaction(), termIds);
            var (dequeued, last) = await run.ReadAsync(size, cancellationToken);
            if (dequeued == 0)
            {
                return 0;
            }
            if (!await run.WriteAsync(cancellationToken))
            {
                // Left to roll back with the transaction.
                termIds.Clear();
                continue;
            }
            await run.ExecuteAsync(SqliteMatchSql.Dequeue, ("@last", last!), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return dequeued;
        }
    }

    private async Task<int> ExecuteAsync(string sql, (string Name, object Value) parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, sql, parameter.Name).With(parameter.Name, parameter.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reads and stems the next queued claims; answers how many were queued, and the last one's id.</summary>
    private async Task<(int Dequeued, string? Last)> ReadAsync(int size, CancellationToken cancellationToken)
    {
        await new MatchIndexRepair(connection, transaction).RemoveIndexedAmongQueuedAsync(size, cancellationToken);
        long row;
        await using (var lastRow = connection.Command(transaction, SqliteMatchSql.LastRow))
        {
            row = Convert.ToInt64(await lastRow.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        await using var queue = connection.Command(transaction, SqliteMatchSql.QueuedRun, "@run").With("@run", size);
        await using var reader = await queue.ExecuteReaderAsync(cancellationToken);
        var (dequeued, last) = (0, (string?)null);
        while (await reader.ReadAsync(cancellationToken))
        {
            (dequeued, last) = (dequeued + 1, reader.GetString(0));
            // A claim since deleted (or purged) comes without its text, and one of stopwords only has no stems: only dequeued.
            var stems = reader.IsDBNull(1) ? [] : TextStems.Of($"{reader.GetString(1)} {(reader.IsDBNull(2) ? "" : reader.GetString(2))}",
                reader.IsDBNull(3) ? null : reader.GetString(3));
            if (stems.Count > 0)
            {
                claims.Add((++row, last, [.. stems.Select(Id)]));
            }
        }
        return (dequeued, last);
    }

    private long Id(string stem)
    {
        if (termIds.TryGetValue(stem, out var id) || newStems.TryGetValue(stem, out id))
        {
            return id;
        }
        return newStems[stem] = -(newStems.Count + 1);
    }

    /// <summary>Writes the run; false when a term it counted on is gone (the transaction is then left to roll back).</summary>
    private async Task<bool> WriteAsync(CancellationToken cancellationToken)
    {
        var standIns = await AddNewTermsAsync(cancellationToken);
        var postings = new List<long>();
        var counts = new Dictionary<long, int>();
        foreach (var (row, _, terms) in claims)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = terms[i] < 0 ? standIns[-terms[i] - 1] : terms[i];
                postings.Add(terms[i] << 32 | row);
                counts[terms[i]] = counts.GetValueOrDefault(terms[i]) + 1;
            }
            Array.Sort(terms);
        }
        // Counted first: a term id carried from an earlier run whose term is gone changes no row, and the run is made again.
        if (await ExecuteAsync(SqliteMatchSql.CountClaims, ("@counts", MatchJson.Counts(counts)), cancellationToken) != counts.Count)
        {
            return false;
        }
        foreach (var chunk in claims.Chunk(RowsPerStatement / 10))
        {
            await ExecuteAsync(SqliteMatchSql.AddClaims, ("@claims", MatchJson.Claims(chunk)), cancellationToken);
        }
        // In key order, so each insert lands next to the one before and the postings' pages are visited once per run.
        postings.Sort();
        foreach (var chunk in postings.Chunk(RowsPerStatement))
        {
            await ExecuteAsync(SqliteMatchSql.AddPostings, ("@postings", MatchTerms.Format(chunk)), cancellationToken);
        }
        return true;
    }

    /// <summary>Writes the stems new to the run as terms (in order, so the index grows at its end) and answers their ids by stand-in.</summary>
    private async Task<long[]> AddNewTermsAsync(CancellationToken cancellationToken)
    {
        var standIns = new long[newStems.Count];
        if (newStems.Count == 0)
        {
            return standIns;
        }
        var json = MatchJson.Strings(newStems.Keys.Order(StringComparer.Ordinal));
        await ExecuteAsync(SqliteMatchSql.AddTerms, ("@terms", json), cancellationToken);
        await using var command = connection.Command(transaction, SqliteMatchSql.TermIds, "@terms").With("@terms", json);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (stem, id) = (reader.GetString(0), reader.GetInt64(1));
            standIns[-newStems[stem] - 1] = termIds[stem] = id;
        }
        return standIns;
    }
}
